import { NATIVE_FORMAT } from '../graph/native-format.ts';
import { formatProblem } from '../graph/parse-report.ts';
import { startRead, ReadCancelled } from '../sources/graph-reader.ts';
import type { ImportMemory } from '../sources/local-files.ts';
import { isLocalRef } from '../sources/content-id.ts';
import type { ExplorerStore } from './explorer-store.ts';
import type { ImportInput, ImportStore } from './import-store.ts';
import { cleanLink } from './link/link-clean.ts';
import { parseLink } from './link/link-parse.ts';
import { serializeView } from './link/link-serialize.ts';
import { defaultView } from './view-state.ts';

/** Everything opening a file needs: the explorer, the import dialogs' state, what the browser keeps. */
export interface Opening {
  readonly store: ExplorerStore;
  readonly imports: ImportStore;
  readonly memory: ImportMemory;
}

/**
 * `open`: a new graph, one history step (Back returns to the graph and view before it).
 * `remap`: the same files read with another mapping; the view stays as far as it fits the new graph.
 */
export type ImportMode = 'open' | 'remap';

/**
 * Reads files in the parse worker with progress and Cancel, and shows the graph they hold. A refused,
 * failed or cancelled read leaves the current graph and view exactly as they were; the import report
 * says what was read, mapped and dropped either way.
 */
export async function importInput(
  opening: Opening,
  input: ImportInput,
  mode: ImportMode,
  review = opening.imports.getState().reviewFirst,
): Promise<void> {
  const { store, imports, memory } = opening;
  const job = startRead(
    { files: input.files, identity: { id: input.ref, title: input.name }, options: input.options },
    (stage) => imports.setState((state) => (state.job ? { job: { ...state.job, stage } } : state)),
  );
  imports.setState({ job: { name: input.name, stage: 'reading', cancel: () => job.cancel() }, choice: null });
  let result;
  try {
    result = await job.result;
  } catch (error) {
    imports.setState({ job: null });
    const cancelled = error instanceof ReadCancelled;
    const why = cancelled ? 'was cancelled' : `failed: ${error instanceof Error ? error.message : String(error)}`;
    store.getState().notify(`Opening "${input.name}" ${why}. The graph you had stays.`, cancelled ? 'info' : 'error');
    return;
  }
  imports.setState({ job: null });
  const { graph, report } = result;
  const summary = report.summary;
  if (graph && summary && summary.graphs.length > 1 && input.options.graph === undefined) {
    imports.setState({ choice: { input, graphs: summary.graphs } });
    return;
  }
  if (!graph) {
    imports.setState({ report: { input, report, status: 'refused' }, reportOpen: true });
    const first = report.errors[0];
    const more = report.errors.length > 1 ? ` (and ${report.errors.length - 1} more problems)` : '';
    store
      .getState()
      .notify(
        `"${input.name}" cannot be opened: ${first ? formatProblem(first) : 'unknown problem'}${more}. The graph you had stays.`,
        'error',
      );
    return;
  }
  if (review && mode === 'open') {
    // Nothing changes yet: the report shows the mapping, and Open opens the graph with it.
    imports.setState({ report: { input, report, status: 'pending' }, reportOpen: true });
    return;
  }
  await memory.put(input.ref, { ...(isLocalRef(input.ref) && { files: input.files }), options: input.options });
  const current = store.getState().view;
  // Remapping a graph that is no longer on screen opens it.
  if (current.graph !== input.ref) mode = 'open';
  // Remapping keeps what still fits (selection, filters, camera); opening starts at the file's default view.
  const view =
    mode === 'open' ? defaultView(input.ref) : cleanLink(parseLink(`#${serializeView(current)}`), graph).state;
  store
    .getState()
    .showGraph(graph, report.warnings, { ...view, graph: input.ref }, mode === 'open' ? 'push' : 'replace');
  imports.setState({
    report: { input, report, status: 'opened' },
    // The explorer's own format needs no mapping report, unless the file had something to warn about.
    reportOpen: summary?.format !== NATIVE_FORMAT || report.warnings.length > 0,
  });
}
