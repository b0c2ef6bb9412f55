import { stratify, tree } from 'd3-hierarchy';
import type { Graph, Position } from '../graph/graph-model.ts';
import { hierarchyForest } from '../graph/hierarchy-forest.ts';

/** Room for a node and its label across, and between levels down. */
const NODE_WIDTH = 140;
const LEVEL_HEIGHT = 190;

const VIRTUAL_ROOT = '\u0000root';

/**
 * The organisation chart, top-down: d3's tidy tree (Reingold–Tilford) over the forest of
 * `hierarchyForest`, all roots under one invisible root so the whole forest is one tidy picture.
 * Deterministic and independent of any window, like every layout here.
 */
export function hierarchyLayout(graph: Graph): Map<string, Position> {
  const parents = hierarchyForest(graph);
  const rows = [
    { id: VIRTUAL_ROOT, parent: undefined as string | undefined },
    ...[...graph.nodes.keys()].map((id) => ({ id, parent: parents.get(id) ?? VIRTUAL_ROOT })),
  ];
  const root = stratify<(typeof rows)[number]>()
    .id((row) => row.id)
    .parentId((row) => row.parent)(rows);
  tree<(typeof rows)[number]>().nodeSize([NODE_WIDTH, LEVEL_HEIGHT])(root);
  const positions = new Map<string, Position>();
  for (const node of root.descendants()) {
    if (node.data.id !== VIRTUAL_ROOT)
      positions.set(node.data.id, { x: node.x ?? 0, y: (node.depth - 1) * LEVEL_HEIGHT });
  }
  return positions;
}
