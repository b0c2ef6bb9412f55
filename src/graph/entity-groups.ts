import type { Graph, GraphNode } from './graph-model.ts';
import { multimapPush } from './multimap.ts';
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
 * The given nodes grouped by type (types in the graph's order of first appearance), each group
 * sorted by label; types with none of the nodes are left out.
 * @example entityGroups(graph, new Set(['luan-jian', 'xiaomi'])).map((group) => group.type) // ['person', 'organization']
 */
export function entityGroups(graph: Graph, ids: Iterable<string>): EntityGroup[] {
  const byType = new Map<string, GraphNode[]>();
  for (const id of ids) {
    const node = graph.nodes.get(id);
    if (node) multimapPush(byType, node.type, node);
  }
  return nodeTypesInGraph(graph).flatMap((type) => {
    const nodes = byType.get(type);
    if (!nodes) return [];
    nodes.sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [{ type, label: nodeTypeDefinition(graph, type).label, nodes }];
  });
}
