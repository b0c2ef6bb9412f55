import type { GraphFile } from '../src/graph/graph-schema.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 45;

/**
 * The file with a `position` on every node, as a graph saved from the explorer would carry, so it
 * opens with the preset layout instead of running fcose. Each person sits in a sunflower around the
 * organisation of their first role, each product around its first developer, clusters on a grid.
 */
export function withSavedPositions(file: GraphFile): GraphFile {
  const home = new Map<string, string>();
  for (const edge of file.edges) {
    if (edge.type === 'holds_role' && !home.has(edge.source)) home.set(edge.source, edge.target);
    if (edge.type === 'developed' && !home.has(edge.target)) home.set(edge.target, edge.source);
  }
  const clusters = new Map<string, string[]>();
  for (const node of file.nodes) {
    const key = home.get(node.id) ?? node.id;
    const members = clusters.get(key);
    if (members) members.push(node.id);
    else clusters.set(key, [node.id]);
  }
  const largest = Math.max(...[...clusters.values()].map((members) => members.length));
  const cell = 2 * SPACING * Math.sqrt(largest) + 120;
  const columns = Math.ceil(Math.sqrt(clusters.size));
  const positions = new Map<string, { x: number; y: number }>();
  [...clusters.values()].forEach((members, index) => {
    const centre = { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
    members.forEach((id, i) => {
      const radius = SPACING * Math.sqrt(i);
      const angle = i * GOLDEN_ANGLE;
      positions.set(id, {
        x: Math.round(centre.x + radius * Math.cos(angle)),
        y: Math.round(centre.y + radius * Math.sin(angle)),
      });
    });
  });
  return {
    ...file,
    nodes: file.nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? { x: 0, y: 0 } })),
  };
}
