import type { Graph, GraphNode } from './graph-model.ts';
import { multimapPush } from './multimap.ts';
import { perGraph } from './per-graph.ts';
import { nodeTypeDefinition, nodeTypesInGraph } from './type-labels.ts';

export interface EntityGroup {
  readonly type: string;
  readonly label: string;
  /** Sorted by label, then id so equal labels keep one order. */
  readonly nodes: readonly GraphNode[];
}

// One collator for every comparison: `localeCompare` would build one per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every node grouped by type (types in the graph's order of first appearance), each group sorted by
 * label: sorted once per graph, so a filter change only picks from it.
 */
export const entitiesByType = perGraph((graph: Graph): readonly EntityGroup[] => {
  const byType = new Map<string, GraphNode[]>();
  for (const node of graph.nodes.values()) multimapPush(byType, node.type, node);
  return nodeTypesInGraph(graph).flatMap((type) => {
    const nodes = byType.get(type);
    if (!nodes) return [];
    nodes.sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [{ type, label: nodeTypeDefinition(graph, type).label, nodes }];
  });
});

/**
 * The given nodes grouped by type (types in the graph's order of first appearance), each group
 * sorted by label; types with none of the nodes are left out.
 * @example entityGroups(graph, new Set(['luan-jian', 'xiaomi'])).map((group) => group.type) // ['person', 'organization']
 */
export function entityGroups(graph: Graph, ids: ReadonlySet<string>): EntityGroup[] {
  return entitiesByType(graph).flatMap((group) => {
    const nodes = group.nodes.filter((node) => ids.has(node.id));
    return nodes.length === 0 ? [] : [{ ...group, nodes }];
  });
}
