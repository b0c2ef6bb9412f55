import type { EdgeRecord, NodeRecord } from '../graph/graph-schema.ts';
import { ProblemList } from '../graph/parse-report.ts';

/**
 * The format-v1 file an import is writing, with the bookkeeping every mapping step shares: ids in use
 * across nodes and edges, declared types with their counts, and the problems found so far.
 */
export interface FileBuilder {
  readonly nodes: NodeRecord[];
  readonly edges: EdgeRecord[];
  readonly nodeById: Map<string, NodeRecord>;
  /** Every id in use, nodes and edges: format v1 wants them unique across both. */
  readonly ids: Set<string>;
  readonly nodeTypes: Map<string, string>;
  readonly edgeTypes: Map<string, string>;
  readonly problems: ProblemList;
}

export function newFileBuilder(problems: ProblemList): FileBuilder {
  return {
    nodes: [],
    edges: [],
    nodeById: new Map(),
    ids: new Set(),
    nodeTypes: new Map(),
    edgeTypes: new Map(),
    problems,
  };
}

/** `base`, or `base-2`, `base-3`… : the first that no node or edge uses yet. Reserves it. */
export function freshId(builder: FileBuilder, base: string): string {
  let id = base;
  for (let n = 2; builder.ids.has(id); n++) id = `${base}-${n}`;
  builder.ids.add(id);
  return id;
}

/** Attributes as a plain record for the file; `__proto__` stays an own key (defineProperty semantics). */
export function attributeRecord(attributes: ReadonlyMap<string, unknown>): Record<string, unknown> | undefined {
  if (attributes.size === 0) return undefined;
  return Object.fromEntries(attributes);
}

/** "3 nodes (nodes[1], nodes[4], nodes[9])", naming at most a few. */
export function someOf(count: number, noun: string, examples: readonly string[]): string {
  const shown = examples.slice(0, 3).join(', ');
  const more = examples.length > 3 ? `, and ${examples.length - 3} more` : '';
  return `${count} ${noun}${count === 1 ? '' : 's'}${shown ? ` (${shown}${more})` : ''}`;
}
