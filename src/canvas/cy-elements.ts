import type { ElementDefinition } from 'cytoscape';
import type { Graph, Position } from '../graph/graph-model.ts';
import { relationLabel } from '../graph/type-labels.ts';

/**
 * The graph as Cytoscape elements. Element ids are the file's ids (DESIGN.md), so `cy.$id(id)`
 * finds what the file calls `id`; file text only ever reaches the canvas as `data`, drawn as text.
 */
export function cyElements(graph: Graph, positions: ReadonlyMap<string, Position>): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes.values()) {
    const position = positions.get(node.id);
    elements.push({
      group: 'nodes',
      data: { id: node.id, label: node.label, type: node.type },
      ...(position && { position: { x: position.x, y: position.y } }),
    });
  }
  for (const edge of graph.edges.values()) {
    const relation = relationLabel(graph, edge.type, 'out');
    elements.push({
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
    });
  }
  return elements;
}
