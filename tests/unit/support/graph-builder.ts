import { BUILT_IN_EDGE_TYPES, type EdgeTypeDefinition, type Graph } from '../../../src/graph/graph-model.ts';
import type { EdgeRecord, GraphFile, NodeRecord } from '../../../src/graph/graph-schema.ts';
import { parseGraph } from '../../../src/graph/parse-graph.ts';
import { formatProblem } from '../../../src/graph/parse-report.ts';

/**
 * Small inline graphs for query tests, built through `parseGraph` so they are real, checked graphs.
 * The builder fills what every file needs (version, id, title, a source, evidence on every edge,
 * a declaration for every edge type used) and throws with the problems when the file has any, so a
 * test never runs against a graph the explorer would refuse or warn about.
 */

export type NodeSpec = Omit<NodeRecord, 'label'> & { readonly label?: string };
export type EdgeSpec = Omit<EdgeRecord, 'id'> & { readonly id?: string };

export interface GraphSpec {
  readonly nodes: readonly NodeSpec[];
  readonly edges?: readonly EdgeSpec[];
  /** Declared edge types; other types used, save the built-in ones, get `{ label: type with spaces }`. */
  readonly edgeTypes?: Readonly<Record<string, EdgeTypeDefinition>>;
}

const SOURCE = 'test-source';

export function graphFile(spec: GraphSpec): GraphFile {
  const edges = (spec.edges ?? []).map((edge, index): EdgeRecord => ({
    ...edge,
    id: edge.id ?? `e${index}:${edge.source}-${edge.type}-${edge.target}`,
    evidence: edge.evidence ?? [{ source: SOURCE, quote: 'as the test says' }],
  }));
  // Object.fromEntries defines keys (no prototype setter), so even a type named `__proto__` lands.
  const declared = new Map<string, EdgeTypeDefinition>(
    edges
      .filter((edge) => !BUILT_IN_EDGE_TYPES.has(edge.type))
      .map((edge) => [edge.type, { label: edge.type.replaceAll('_', ' ') }]),
  );
  for (const [type, definition] of Object.entries(spec.edgeTypes ?? {})) declared.set(type, definition);
  const edgeTypes = Object.fromEntries(declared);
  return {
    version: 1,
    id: 'test',
    title: 'Test graph',
    sources: [{ id: SOURCE, title: 'The test' }],
    edgeTypes,
    nodes: spec.nodes.map((node) => ({ ...node, label: node.label ?? node.id })),
    edges,
  };
}

/** Parses the spec as a file; throws listing every error and warning. */
export function makeGraph(spec: GraphSpec): Graph {
  const { graph, report } = parseGraph(graphFile(spec));
  const problems = [...report.errors, ...report.warnings].map(formatProblem);
  if (!graph || problems.length > 0) throw new Error(`test graph has problems:\n${problems.join('\n')}`);
  return graph;
}

export const person = (id: string, label?: string): NodeSpec => ({
  id,
  type: 'person',
  ...(label !== undefined && { label }),
});
export const organisation = (id: string, label?: string): NodeSpec => ({
  id,
  type: 'organization',
  ...(label !== undefined && { label }),
});
export const product = (id: string, label?: string): NodeSpec => ({
  id,
  type: 'product',
  ...(label !== undefined && { label }),
});

/** `edge('a', 'part_of', 'b', { start: '2023' })`. */
export function edge(source: string, type: string, target: string, extra: Partial<EdgeSpec> = {}): EdgeSpec {
  return { source, type, target, ...extra };
}

/** Sorted, for comparing sets without caring about order. */
export function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort();
}
