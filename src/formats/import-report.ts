import type { Problem } from '../graph/parse-report.ts';
import type { ResolvedMapping } from './import-mapping.ts';

/** One graph of a file that holds several (JSON Graph Format `graphs`). */
export interface GraphChoice {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
}

export interface TypeCount {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

/** What an import did with a file: shown as the import report, so nothing happens silently. */
export interface ImportSummary {
  /** Human name of the format it was read as ("GEXF 1.3", "GraphML", "CSV edge list"). */
  readonly format: string;
  readonly graphs: readonly GraphChoice[];
  readonly graphIndex: number;
  readonly nodes: number;
  readonly edges: number;
  readonly mapping: ResolvedMapping;
  /** Node attributes the user can map (the file's own names). */
  readonly nodeAttributes: readonly string[];
  readonly nodeTypes: readonly TypeCount[];
  readonly relationTypes: readonly TypeCount[];
  readonly organisations: number;
  readonly memberships: number;
  /** Nodes that came with a position (all of them: the graph opens on its saved positions). */
  readonly positions: number;
}

export interface ImportReport {
  /** Absent when the file could not be read far enough to map it. */
  readonly summary?: ImportSummary;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}
