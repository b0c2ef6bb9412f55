import type { Graph, Position } from '../graph/graph-model.ts';
import { perGraph } from '../graph/per-graph.ts';

/** The file's own positions: the `preset` layout ("Saved positions"), offered when every node has one. */
export const presetPositions = perGraph(
  (graph: Graph): ReadonlyMap<string, Position> =>
    new Map([...graph.nodes.values()].map((node) => [node.id, node.position ?? { x: 0, y: 0 }])),
);
