import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph, Position } from '../graph/graph-model.ts';
import type { LayoutName } from '../view/view-state.ts';
import { groupedLayout } from './grouped-layout.ts';
import { hierarchyLayout } from './hierarchy-layout.ts';
import { layoutInput, type ComputedLayout, type LayoutInput } from './layout-input.ts';
import { presetPositions } from './preset-positions.ts';
import { NODE_SIZE } from './stylesheet.ts';
import { seedFrom, withSeededRandom } from './seeded-random.ts';

cytoscape.use(fcose);

/** Layouts run in a fixed model-space box, never the window's, so positions do not depend on its size. */
const BOX = { x1: 0, y1: 0, w: 1200, h: 900 };

function layoutOptions(input: LayoutInput, name: 'fcose' | 'concentric'): LayoutOptions {
  const size = input.nodeIds.length;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        // fcose's cost grows steeply with size: the best quality only where it is cheap.
        quality: size <= 300 ? 'proof' : size <= 2000 ? 'default' : 'draft',
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
      const types = input.typeOrder;
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
 * x, y of every node (by index) for a computed layout, in a headless Cytoscape (no window, so no
 * dependence on its size) with a seed taken from the graph and layout: the same graph gives the
 * same picture on every load and every machine. Runs in the layout worker, at build time for the
 * bundled graphs (scripts/bundled-layouts.ts), and in Node tests: the same code, the same positions.
 */
export function runLayout(input: LayoutInput, name: ComputedLayout): Float64Array {
  if (name === 'hierarchy') return hierarchyLayout(input);
  // The headless graph names nodes by index, never by the file's ids: fcose keeps its own tables in plain
  // objects, where an id like `constructor` or `__proto__` finds Object.prototype and the layout throws.
  const nodeId = (index: number): string => `n${String(index)}`;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...input.nodeIds.map((_, i) => ({ group: 'nodes' as const, data: { id: nodeId(i), type: input.nodeTypes[i] } })),
      ...input.edgeIds.map((_, i) => ({
        group: 'edges' as const,
        data: {
          id: `e${String(i)}`,
          source: nodeId(input.edgeEnds[i * 2] ?? 0),
          target: nodeId(input.edgeEnds[i * 2 + 1] ?? 0),
        },
      })),
    ],
  });
  withSeededRandom(seedFrom(`${input.graphId}\u0000${name}`), () => cy.layout(layoutOptions(input, name)).run());
  const xy = new Float64Array(input.nodeIds.length * 2);
  input.nodeIds.forEach((_, i) => {
    const { x, y } = cy.getElementById(nodeId(i)).position();
    xy[i * 2] = x;
    xy[i * 2 + 1] = y;
  });
  cy.destroy();
  return xy;
}

/** The positions `runLayout` returns, by node id. */
export function positionsByNode(nodeIds: readonly string[], xy: Float64Array): Map<string, Position> {
  return new Map(nodeIds.map((id, i) => [id, { x: xy[i * 2] ?? 0, y: xy[i * 2 + 1] ?? 0 }]));
}

/** Positions of every node for any layout, on this thread: for tests and the build, never the page's main thread. */
export function computeLayout(graph: Graph, name: LayoutName): Map<string, Position> {
  switch (name) {
    case 'preset':
      return new Map(presetPositions(graph));
    case 'grouped': {
      const grouped = groupedLayout(graph);
      return new Map([...graph.nodes.keys()].map((id) => [id, grouped.entity(id) ?? { x: 0, y: 0 }]));
    }
    case 'fcose':
    case 'concentric':
    case 'hierarchy': {
      const input = layoutInput(graph, name);
      return positionsByNode(input.nodeIds, runLayout(input, name));
    }
  }
}
