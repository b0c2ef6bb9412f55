import { buildGraph } from '../graph/build-graph.ts';
import type { Graph } from '../graph/graph-model.ts';
import type { GraphFile } from '../graph/graph-schema.ts';
import { checkGraph } from '../graph/parse-graph.ts';
import type { TextFile } from '../formats/csv.ts';
import type { ImportOptions } from '../formats/import-mapping.ts';
import { importGraph, type ImportIdentity } from '../formats/import-graph.ts';
import type { ImportReport, ImportSummary } from '../formats/import-report.ts';
import { NATIVE_FORMAT } from '../graph/native-format.ts';

export interface ReadRequest {
  readonly files: readonly TextFile[];
  readonly identity: ImportIdentity;
  readonly options: ImportOptions;
}

export interface ReadResult {
  /** Undefined when the file is refused: the report's errors say why. */
  readonly graph: Graph | undefined;
  readonly report: ImportReport;
}

export type ReadStage = 'reading' | 'mapping' | 'checking';

/** A checked read: the file ready for `buildGraph` (undefined when refused) and the report. */
export interface CheckedRead {
  readonly file: GraphFile | undefined;
  readonly report: ImportReport;
  /** The limits changed the file (text cut): a graph built from the file as read is not this one. */
  readonly limited: boolean;
}

/** A format-v1 file needs no mapping; its report still says what it holds (ids are unique once checked). */
function nativeSummary(file: GraphFile): ImportSummary {
  return {
    format: NATIVE_FORMAT,
    graphs: [],
    graphIndex: 0,
    nodes: file.nodes.length,
    edges: file.edges.length,
    mapping: { label: null, type: null, organisation: null, relation: null },
    nodeAttributes: [],
    nodeTypes: [],
    relationTypes: [],
    organisations: 0,
    memberships: 0,
    positions: file.nodes.filter((node) => node.position !== undefined).length,
  };
}

/**
 * The whole way from file text to the explorer's graph: detect the format, import it into format v1
 * with the mapping, then `parseGraph`, so an imported graph meets every check a v1 file meets. One
 * report holds what both steps said. Pure: the parse worker runs it, and so do Node tests.
 */
export function readGraph(request: ReadRequest, onStage: (stage: ReadStage) => void = () => undefined): ReadResult {
  const { file, report } = checkRead(request, onStage);
  return { graph: file && buildGraph(file), report };
}

/** `readGraph` without building the model (the parse worker, when the page builds it). */
export function checkRead(request: ReadRequest, onStage: (stage: ReadStage) => void = () => undefined): CheckedRead {
  onStage('reading');
  const imported = importGraph(request.files, request.identity, request.options, () => onStage('mapping'));
  if (imported.file === undefined) return { file: undefined, report: imported.report, limited: false };
  onStage('checking');
  const { file, report } = checkGraph(imported.file);
  return {
    file,
    // The limits copy only what they change.
    limited: file !== undefined && file !== imported.file,
    report: {
      summary: imported.report.summary ?? (file ? nativeSummary(file) : undefined),
      errors: [...imported.report.errors, ...report.errors],
      warnings: [...imported.report.warnings, ...report.warnings],
    },
  };
}
