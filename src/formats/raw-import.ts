import type { GraphChoice } from './import-report.ts';
import type { RawGraph } from './raw-graph.ts';

/** What one format's reader makes of a file: the raw graph, and what to call the format in the report. */
export interface RawImport {
  readonly raw: RawGraph;
  /** "GEXF 1.3", "Cytoscape.js JSON"… */
  readonly format: string;
  readonly graphs?: readonly GraphChoice[];
  readonly graphIndex?: number;
}
