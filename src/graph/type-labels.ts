import {
  BUILT_IN_EDGE_TYPES,
  BUILT_IN_NODE_TYPES,
  type EdgeTypeDefinition,
  type Graph,
  type TypeDefinition,
} from './graph-model.ts';
import { perGraph } from './per-graph.ts';

function humanise(type: string): string {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words === '' ? type : words;
}

/** The declared definition of a node type, else the built-in one, else one made from its name. */
export function nodeTypeDefinition(graph: Graph, type: string): TypeDefinition {
  return graph.nodeTypes.get(type) ?? BUILT_IN_NODE_TYPES.get(type) ?? { label: humanise(type) };
}

/** The declared definition of a relation type, else the built-in one, else one made from its name. */
export function edgeTypeDefinition(graph: Graph, type: string): EdgeTypeDefinition {
  const declared = graph.edgeTypes.get(type);
  const builtIn = BUILT_IN_EDGE_TYPES.get(type);
  // A built-in type declared without an inverse keeps the built-in inverse ("has part").
  if (declared && builtIn && declared.inverse === undefined && builtIn.inverse !== undefined) {
    return { ...declared, inverse: builtIn.inverse };
  }
  return declared ?? builtIn ?? { label: humanise(type) };
}

/** How a relation reads from one of its ends: "reports to" from the source, "has report" from the target. */
export function relationLabel(graph: Graph, type: string, direction: 'out' | 'in'): string {
  const definition = edgeTypeDefinition(graph, type);
  if (direction === 'out') return definition.label;
  return definition.inverse ?? `${definition.label} (incoming)`;
}

/** Node types present in the graph, in order of first appearance; built once per graph (filters ask on every step). */
export const nodeTypesInGraph = perGraph((graph: Graph): readonly string[] => [
  ...new Set([...graph.nodes.values()].map((node) => node.type)),
]);

/** Relation types present in the graph, in order of first appearance; built once per graph. */
export const edgeTypesInGraph = perGraph((graph: Graph): readonly string[] => [
  ...new Set([...graph.edges.values()].map((edge) => edge.type)),
]);
