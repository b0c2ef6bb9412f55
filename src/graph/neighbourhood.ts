import type { Graph } from './graph-model.ts';

/**
 * Nodes within `hops` steps of `start`, following edges either way, but only through nodes and
 * edges the caller allows (the filters). Breadth first, so its cost is the size of the answer.
 * @example neighbourhood(graph, 'luan-jian', 1, () => true, () => true) // Set { 'luan-jian', 'wang-bin', … }
 */
export function neighbourhood(
  graph: Graph,
  start: string,
  hops: number,
  nodeAllowed: (id: string) => boolean,
  edgeAllowed: (id: string) => boolean,
): Set<string> {
  const reached = new Set<string>();
  if (!graph.nodes.has(start) || !nodeAllowed(start)) return reached;
  reached.add(start);
  let frontier = [start];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const step = (edgeIds: readonly string[] | undefined, end: 'source' | 'target'): void => {
        for (const edgeId of edgeIds ?? []) {
          const edge = graph.edges.get(edgeId);
          if (!edge || !edgeAllowed(edgeId)) continue;
          const other = edge[end];
          if (reached.has(other) || !nodeAllowed(other)) continue;
          reached.add(other);
          next.push(other);
        }
      };
      step(graph.outgoing.get(id), 'target');
      step(graph.incoming.get(id), 'source');
    }
    frontier = next;
  }
  return reached;
}
