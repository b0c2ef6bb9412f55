import type { Graph } from '../../graph/graph-model.ts';

/**
 * Above this many visible entities the canvas opens on the overview (groups with counts) instead of
 * every entity: Cytoscape draws 2,000 nodes with labels in about a second on a modest laptop, and a
 * picture of more is a hairball no one reads. Lists, search and selection still reach every entity.
 */
export const OVERVIEW_FROM = 2000;

/** Whether a graph is large enough to open on the overview (its default layout is then "grouped"). */
export function opensOnOverview(graph: Graph): boolean {
  return graph.nodes.size > OVERVIEW_FROM;
}
