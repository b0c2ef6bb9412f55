import type { Graph } from '../graph/graph-model.ts';
import { parseGraph } from '../graph/parse-graph.ts';
import type { TextFile } from '../formats/csv.ts';
import type { ImportOptions } from '../formats/import-mapping.ts';
import { importGraph, type ImportIdentity } from '../formats/import-graph.ts';
import type { ImportReport, ImportSummary } from '../formats/import-report.ts';

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

/** A format-v1 file needs no mapping; its report still says what it holds. */
function nativeSummary(graph: Graph): ImportSummary {
  return {
    format: 'kg-explorer format v1',
    graphs: [],
    graphIndex: 0,
    nodes: graph.nodes.size,
    edges: graph.edges.size,
    mapping: { label: null, type: null, organisation: null, relation: null },
    nodeAttributes: [],
    nodeTypes: [],
    relationTypes: [],
    organisations: 0,
    memberships: 0,
    positions: [...graph.nodes.values()].filter((node) => node.position !== undefined).length,
  };
}

/**
 * The whole way from file text to the explorer's graph: detect the format, import it into format v1
 * with the mapping, then `parseGraph`, so an imported graph meets every check a v1 file meets. One
 * report holds what both steps said. Pure: the parse worker runs it, and so do Node tests.
 */
export function readGraph(request: ReadRequest, onStage: (stage: ReadStage) => void = () => undefined): ReadResult {
  onStage('reading');
  const imported = importGraph(request.files, request.identity, request.options, () => onStage('mapping'));
  if (imported.file === undefined) return { graph: undefined, report: imported.report };
  onStage('checking');
  const { graph, report } = parseGraph(imported.file);
  return {
    graph,
    report: {
      summary: imported.report.summary ?? (graph ? nativeSummary(graph) : undefined),
      errors: [...imported.report.errors, ...report.errors],
      warnings: [...imported.report.warnings, ...report.warnings],
    },
  };
}
