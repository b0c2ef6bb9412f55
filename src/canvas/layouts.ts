import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph, Position } from '../graph/graph-model.ts';
import { hierarchyLayout } from './hierarchy-layout.ts';
import { NODE_SIZE } from './stylesheet.ts';
import { nodeTypesInGraph } from '../graph/type-labels.ts';
import { presetAvailable } from '../view/preset-layout.ts';
import type { LayoutName } from '../view/view-state.ts';
import { seedFrom, withSeededRandom } from './seeded-random.ts';

cytoscape.use(fcose);

/** Layouts offered in the UI, with the words it uses. `preset` only when the file has positions. */
export const LAYOUT_LABELS: ReadonlyMap<LayoutName, string> = new Map([
  ['fcose', 'Force-directed'],
  ['concentric', 'Concentric by type'],
  ['hierarchy', 'Organisation hierarchy'],
  ['preset', 'Saved positions'],
]);

/** Layouts run in a fixed model-space box, never the window's, so positions do not depend on its size. */
const BOX = { x1: 0, y1: 0, w: 1200, h: 900 };

export function defaultLayout(graph: Graph): LayoutName {
  return presetAvailable(graph) ? 'preset' : 'fcose';
}

function layoutOptions(graph: Graph, name: 'fcose' | 'concentric'): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        // fcose's cost grows steeply with size: the best quality only where it is cheap.
        quality: graph.nodes.size <= 300 ? 'proof' : graph.nodes.size <= 2000 ? 'default' : 'draft',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: () => 190,
        nodeRepulsion: () => 30000,
        nodeSeparation: 120,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric': {
      const types = nodeTypesInGraph(graph);
      return {
        name: 'concentric',
        animate: false,
        fit: false,
        boundingBox: BOX,
        minNodeSpacing: 70,
        concentric: (node) => types.length - types.indexOf(String(node.data('type'))),
        levelWidth: () => 1,
      };
    }
  }
}

/**
 * Positions of every node for a layout, computed in a headless Cytoscape (no window, so no
 * dependence on its size) with a seed taken from the graph and layout: the same graph gives the
 * same picture on every load and every machine. Pure in effect; a Web Worker can run it as is.
 */
export function computeLayout(graph: Graph, name: LayoutName): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (name === 'hierarchy') return hierarchyLayout(graph);
  if (name === 'preset') {
    for (const node of graph.nodes.values()) positions.set(node.id, node.position ?? { x: 0, y: 0 });
    return positions;
  }
  // The headless graph names nodes by index, never by the file's ids: fcose keeps its own tables in
  // plain objects, where an id like `constructor` or `__proto__` finds Object.prototype and the layout throws.
  const ids = [...graph.nodes.keys()];
  const index = new Map(ids.map((id, i) => [id, `n${String(i)}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...[...graph.nodes.values()].map((node, i) => ({
        group: 'nodes' as const,
        data: { id: `n${String(i)}`, type: node.type },
      })),
      ...[...graph.edges.values()].flatMap((edge, i) => {
        const source = index.get(edge.source);
        const target = index.get(edge.target);
        return source === undefined || target === undefined
          ? []
          : [{ group: 'edges' as const, data: { id: `e${String(i)}`, source, target } }];
      }),
    ],
  });
  withSeededRandom(seedFrom(`${graph.id}\u0000${name}`), () => cy.layout(layoutOptions(graph, name)).run());
  ids.forEach((id, i) => {
    const { x, y } = cy.getElementById(`n${String(i)}`).position();
    positions.set(id, { x, y });
  });
  cy.destroy();
  return positions;
}
