import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { entitiesByType } from '../graph/entity-groups.ts';
import { preloadPageBuilder, startRead } from '../sources/graph-reader.ts';
import { clusterForest } from './overview/cluster-forest.ts';
import { OVERVIEW_FROM } from './overview/overview-size.ts';
import type { ReadResult } from '../sources/read-graph.ts';
import type { ImportInput } from './import-store.ts';

/** What a person calls the graph a ref names: a URL's file name, a bundled id as is. */
function displayName(ref: string): string {
  try {
    const last = new URL(ref).pathname.split('/').filter(Boolean).pop();
    return last === undefined ? ref : decodeURIComponent(last);
  } catch {
    return ref;
  }
}

export interface RefRead {
  readonly input: ImportInput;
  readonly result: ReadResult;
}

/** How long a read started ahead waits to be taken. */
const EARLY_KEPT_MS = 60_000;

/** Reads started before the explorer asked (`readGraphRefEarly`), each taken once by the next read of its ref. */
const early = new Map<string, { readonly source: GraphSource; readonly read: Promise<RefRead> }>();

/**
 * Starts reading the graph a link names as the page starts (prefetch-link.ts): the worker checks the
 * file, and the page builds it, the moment it has arrived, while the explorer's own code is still
 * being evaluated and drawn for the first time. Before, the read began only once the explorer had
 * rendered and asked for it, and on a large file both waited for that. The next `readGraphRef` of the
 * same ref from the same source takes it; one nobody takes is dropped after a minute.
 */
export function readGraphRefEarly(source: GraphSource, ref: string): void {
  if (early.has(ref)) return;
  const read = readNow(source, ref);
  // Its failure is reported to whoever takes it; until then it is no unhandled rejection.
  read.catch(() => undefined);
  const started = { source, read };
  early.set(ref, started);
  setTimeout(() => {
    if (early.get(ref) === started) early.delete(ref);
  }, EARLY_KEPT_MS);
}

/**
 * Reads the graph a link names, in any format: a bundled file or a URL fetched through the source, a
 * local file from what this browser kept of it, each with the mapping the user last chose for it.
 * Rejects with a readable Error when the text cannot be had; a refused file resolves with its report.
 * A read of the same ref started early (`readGraphRefEarly`) is taken instead of starting another.
 */
export function readGraphRef(source: GraphSource, ref: string): Promise<RefRead> {
  const started = early.get(ref);
  early.delete(ref);
  return started?.source === source ? started.read : readNow(source, ref);
}

async function readNow(source: GraphSource, ref: string): Promise<RefRead> {
  // The parse worker, what this browser kept of the ref (its mapping) and the file are all asked for at
  // once: on a large file the worker's code and the kept mapping arrive while the file does.
  // A file kept in this browser may be large: the page's builder loads while it is read back.
  if (isLocalRef(ref)) preloadPageBuilder();
  const kept = source.imports?.get(ref);
  const input: Promise<ImportInput> = (async () => {
    // Together, so that a failed fetch is handled however long the lookup takes.
    const [keptFiles, text] = await Promise.all([kept, isLocalRef(ref) ? undefined : source.loadText(ref)]);
    const files = text === undefined ? keptFiles?.files : [{ name: displayName(ref), text }];
    if (!files) throw new Error('this browser no longer keeps that file; open it again');
    return { ref, name: files.map((file) => file.name).join(' + '), files, options: keptFiles?.options ?? {} };
  })();
  const job = startRead(
    input.then(({ files, name, options }) => ({ files, identity: { id: ref, title: name }, options })),
    undefined,
    // While the worker checks a large file, the page works out from its own graph what the first
    // screen shows: the overview's groups, or the entity list's order (a graph drawn as an overview
    // shows its picture before its entity list: ui/shell/ExplorerLayout.tsx).
    (graph) => {
      if (graph.nodes.size > OVERVIEW_FROM) clusterForest(graph);
      else entitiesByType(graph);
    },
  );
  const result = await job.result;
  return { input: await input, result };
}
