import { stratify, tree } from 'd3-hierarchy';
import type { LayoutInput } from './layout-input.ts';

/** Room for a node and its label across, and between levels down. */
const NODE_WIDTH = 140;
const LEVEL_HEIGHT = 190;

const VIRTUAL_ROOT = -1;

/**
 * The organisation chart, top-down: d3's tidy tree (Reingold–Tilford) over the forest of
 * `hierarchyForest` (the input's `parents`), all roots under one invisible root so the whole forest
 * is one tidy picture. Deterministic and independent of any window, like every layout here.
 * Returns x, y for each node index in turn.
 */
export function hierarchyLayout(input: LayoutInput): Float64Array {
  const rows = [
    { index: VIRTUAL_ROOT, parent: undefined as number | undefined },
    ...input.nodeIds.map((_, index) => ({ index, parent: input.parents[index] ?? VIRTUAL_ROOT })),
  ];
  const root = stratify<(typeof rows)[number]>()
    .id((row) => String(row.index))
    .parentId((row) => (row.parent === undefined ? undefined : String(row.parent)))(rows);
  tree<(typeof rows)[number]>().nodeSize([NODE_WIDTH, LEVEL_HEIGHT])(root);
  const xy = new Float64Array(input.nodeIds.length * 2);
  for (const node of root.descendants()) {
    const { index } = node.data;
    if (index === VIRTUAL_ROOT) continue;
    xy[index * 2] = node.x ?? 0;
    xy[index * 2 + 1] = (node.depth - 1) * LEVEL_HEIGHT;
  }
  return xy;
}
