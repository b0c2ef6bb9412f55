import type { Graph } from '../graph/graph-model.ts';
import { hierarchyForest } from '../graph/hierarchy-forest.ts';
import { nodeTypesInGraph } from '../graph/type-labels.ts';

/** The layouts computed off the main thread, in the layout worker (layout-worker.ts). */
export type ComputedLayout = 'fcose' | 'concentric' | 'hierarchy';

/**
 * What a layout needs of a graph, in a form a Web Worker receives cheaply (strings and typed arrays,
 * no Maps of records): ids and types in graph order, edges as pairs of node indexes, and for the
 * hierarchy layout each node's parent in the organisation chart. Built on the main thread, where
 * the Graph lives.
 */
export interface LayoutInput {
  /** Seeds the layout: the same graph gives the same picture on every machine. */
  readonly graphId: string;
  readonly nodeIds: readonly string[];
  readonly nodeTypes: readonly string[];
  /** Node types in order of first appearance. */
  readonly typeOrder: readonly string[];
  readonly edgeIds: readonly string[];
  /** Source and target node index of each edge, in turn. */
  readonly edgeEnds: Int32Array;
  /** Parent node index in `hierarchyForest`, or -1; empty unless the layout is `hierarchy`. */
  readonly parents: Int32Array;
}

export function layoutInput(graph: Graph, name: ComputedLayout): LayoutInput {
  const nodeIds = [...graph.nodes.keys()];
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const edgeIds: string[] = [];
  const ends: number[] = [];
  for (const edge of graph.edges.values()) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edgeIds.push(edge.id);
    ends.push(source, target);
  }
  let parents = new Int32Array(0);
  if (name === 'hierarchy') {
    const forest = hierarchyForest(graph);
    parents = Int32Array.from(nodeIds, (id) => index.get(forest.get(id) ?? '') ?? -1);
  }
  return {
    graphId: graph.id,
    nodeIds,
    nodeTypes: [...graph.nodes.values()].map((node) => node.type),
    typeOrder: nodeTypesInGraph(graph),
    edgeIds,
    edgeEnds: Int32Array.from(ends),
    parents,
  };
}
