import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { startRead } from '../sources/graph-reader.ts';
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

/**
 * Reads the graph a link names, in any format: a bundled file or a URL fetched through the source, a
 * local file from what this browser kept of it, each with the mapping the user last chose for it.
 * Rejects with a readable Error when the text cannot be had; a refused file resolves with its report.
 */
export async function readGraphRef(
  source: GraphSource,
  ref: string,
): Promise<{ input: ImportInput; result: ReadResult }> {
  const kept = await source.imports?.get(ref);
  let files = kept?.files;
  if (!isLocalRef(ref)) files = [{ name: displayName(ref), text: await source.loadText(ref) }];
  if (!files) throw new Error('this browser no longer keeps that file; open it again');
  const name = files.map((file) => file.name).join(' + ');
  const input: ImportInput = { ref, name, files, options: kept?.options ?? {} };
  const result = await startRead({ files, identity: { id: ref, title: name }, options: input.options }).result;
  return { input, result };
}
