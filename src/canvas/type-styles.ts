import type { Graph } from '../graph/graph-model.ts';
import { nodeTypeDefinition, nodeTypesInGraph } from '../graph/type-labels.ts';

/**
 * Colour and shape per node type. Colours are the Okabe–Ito palette (safe for the common kinds of
 * colour blindness) and every type also gets its own shape, so colour is never the only cue.
 */
export interface TypeStyle {
  readonly type: string;
  readonly label: string;
  readonly color: string;
  readonly shape: NodeShape;
}

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'vee' | 'octagon';

const BUILT_IN: ReadonlyMap<string, { color: string; shape: NodeShape }> = new Map([
  ['person', { color: '#0072B2', shape: 'ellipse' }],
  ['organization', { color: '#E69F00', shape: 'round-rectangle' }],
  ['product', { color: '#009E73', shape: 'diamond' }],
]);

const OTHER_COLOURS = ['#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#000000'] as const;
const OTHER_SHAPES: readonly NodeShape[] = ['hexagon', 'triangle', 'star', 'vee', 'octagon'];

/** Node types of the graph in order of first appearance, each with its colour and shape. */
export function typeStyles(graph: Graph): TypeStyle[] {
  let other = 0;
  return nodeTypesInGraph(graph).map((type) => {
    const definition = nodeTypeDefinition(graph, type);
    const builtIn = BUILT_IN.get(type);
    const index = builtIn ? 0 : other++;
    const color = definition.color ?? builtIn?.color ?? OTHER_COLOURS[index % OTHER_COLOURS.length] ?? '#999999';
    const shape = builtIn?.shape ?? OTHER_SHAPES[index % OTHER_SHAPES.length] ?? 'hexagon';
    return { type, label: definition.label, color, shape };
  });
}
