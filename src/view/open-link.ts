import { NATIVE_FORMAT } from '../graph/native-format.ts';
import type { Graph } from '../graph/graph-model.ts';
import { formatProblem, type Problem } from '../graph/parse-report.ts';
import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { isSparqlRef } from '../sources/sparql/sparql-ref.ts';
import { openSparqlLink } from './sparql/open-sparql-link.ts';
import { cancelSparqlRequest } from './sparql/sparql-session.ts';
import { readGraphRef } from './read-graph-ref.ts';
import type { ImportStore } from './import-store.ts';
import type { ExplorerStore } from './explorer-store.ts';
import { cleanLink } from './link/link-clean.ts';
import { linkedGraph, linkParamName, parseLink, type RawLink } from './link/link-parse.ts';

const isUrl = (ref: string): boolean => /^https?:\/\//i.test(ref);

const latestRequest = new WeakMap<ExplorerStore, number>();

function withoutGraphParam(raw: RawLink): RawLink {
  return { entries: raw.entries.filter((entry) => linkParamName(entry.name) !== 'graph') };
}

function summary(problems: readonly Problem[], limit = 5): string {
  const shown = problems.slice(0, limit).map(formatProblem).join('; ');
  return problems.length > limit ? `${shown}; and ${problems.length - limit} more` : shown;
}

interface Loaded {
  readonly graph: Graph;
  readonly warnings: readonly Problem[];
}

async function loadGraph(
  store: ExplorerStore,
  source: GraphSource,
  ref: string,
  imports: ImportStore | undefined,
): Promise<Loaded | undefined> {
  const { notify, fail, startLoading, graph: current } = store.getState();
  const refuse = (title: string, problems: readonly Problem[]): undefined => {
    // Nothing the user had is lost: with a graph already open, it stays and a notice explains.
    if (current) notify(`${title}: ${summary(problems)}`, 'error');
    else fail(title, problems);
    return undefined;
  };
  // With a graph open it stays on screen while the next one loads.
  if (!current) startLoading(`Loading ${ref}…`);
  let read;
  try {
    read = await readGraphRef(source, ref);
  } catch (error) {
    return refuse(`Could not load the graph "${ref}"`, [
      { severity: 'error', path: '', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  const { graph, report } = read.result;
  // A foreign format's report (what was mapped, what dropped) can be opened from the top bar.
  if (read.result.report.summary?.format !== NATIVE_FORMAT)
    imports?.setState({
      report: { input: read.input, report, status: graph ? 'opened' : 'refused' },
      reportOpen: false,
    });
  if (!graph) return refuse(`The graph file "${ref}" cannot be opened`, report.errors);
  if (report.warnings.length > 0) {
    notify(`The graph file has ${report.warnings.length} warning(s): ${summary(report.warnings, 3)}`, 'warning');
  }
  return { graph, warnings: report.warnings };
}

/**
 * Opens what a link describes: loads the graph it names when that is not the open one (a bundled
 * id or an https URL; otherwise the default graph, with a notice), cleans the rest against that
 * graph and shows it. Never throws; every part it could not use becomes a notice.
 */
export async function openLink(
  store: ExplorerStore,
  source: GraphSource,
  fragment: string,
  imports?: ImportStore,
): Promise<void> {
  // Quick Back/Forward between graphs starts several opens; only the latest may show its result.
  const request = (latestRequest.get(store) ?? 0) + 1;
  latestRequest.set(store, request);
  let raw = parseLink(fragment);
  const state = store.getState();
  let ref = linkedGraph(raw) ?? state.view.graph;
  if (ref === '') ref = source.defaultGraph;
  // An endpoint is read a neighbourhood at a time (src/view/sparql/); anything else stops its requests.
  if (isSparqlRef(ref)) {
    await openSparqlLink(store, ref, raw, () => latestRequest.get(store) === request);
    return;
  }
  cancelSparqlRequest(store);
  const available = source.canLoad(ref) || (isLocalRef(ref) && (await source.imports?.get(ref))?.files !== undefined);
  if (!available) {
    state.notify(
      isLocalRef(ref)
        ? `The link was made for a file opened in another browser ("${ref}"); this browser does not have it, so "${source.defaultGraph}" is shown instead. Open the file here to see that view.`
        : `The link was made for the graph "${ref}", which is not available here; showing "${source.defaultGraph}" instead.`,
      'warning',
    );
    ref = source.defaultGraph;
    // Its ids, types and camera belong to that other graph: open the default view instead.
    raw = { entries: [] };
  }
  const open =
    state.graph && state.view.graph === ref ? { graph: state.graph, warnings: state.fileWarnings } : undefined;
  const loaded = open ?? (await loadGraph(store, source, ref, imports));
  if (!loaded || latestRequest.get(store) !== request) return;
  // A URL is no graph id, so the codec must not compare it with the file's id.
  const cleaned = cleanLink(isUrl(ref) ? withoutGraphParam(raw) : raw, loaded.graph);
  store.getState().showGraph(loaded.graph, loaded.warnings, { ...cleaned.state, graph: ref }, 'none');
  for (const text of cleaned.dropped) store.getState().notify(text, 'warning');
}
