import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode, Position } from '../graph/graph-model.ts';
import { relationLabel } from '../graph/type-labels.ts';

/**
 * The graph as Cytoscape elements. Element ids are the file's ids (DESIGN.md), so `cy.$id(id)`
 * finds what the file calls `id`; file text only ever reaches the canvas as `data`, drawn as text.
 */
export function nodeElement(node: GraphNode, position: Position | undefined): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: node.id, label: node.label, type: node.type },
    ...(position && { position: { x: position.x, y: position.y } }),
  };
}

export function edgeElement(graph: Graph, edge: GraphEdge): ElementDefinition {
  const relation = relationLabel(graph, edge.type, 'out');
  return {
    group: 'edges',
    // Entities are nodes: a relation is read in the details panel, never the selection.
    selectable: false,
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.title ? `${relation}: ${edge.title}` : relation,
      former: edge.former,
    },
  };
}

/** Every node and edge of the graph, nodes placed where `positions` says. */
export function cyElements(graph: Graph, positions: (id: string) => Position | undefined): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes.values()) elements.push(nodeElement(node, positions(node.id)));
  for (const edge of graph.edges.values()) elements.push(edgeElement(graph, edge));
  return elements;
}
