import { ORGANISATION, PART_OF, ROLE, type Graph, type GraphEdge, type GraphNode } from './graph-model.ts';
import { endedAsOf, inForce, type AsOf } from './as-of.ts';
import { relationLabel } from './type-labels.ts';

export interface RelationItem {
  readonly edge: GraphEdge;
  /** The entity at the other end. */
  readonly other: GraphNode;
  /** Ended as of the date the view is read at (`edge.former` without one). */
  readonly former: boolean;
}

export interface RelationGroup {
  readonly type: string;
  readonly direction: 'out' | 'in';
  /** Read from this entity: "reports to", or the declared inverse "has report". */
  readonly label: string;
  readonly items: readonly RelationItem[];
}

/** Roles and the organisation tree have sections of their own in the panel. */
function shownElsewhere(graph: Graph, edge: GraphEdge): boolean {
  if (edge.type === ROLE) return true;
  return (
    edge.type === PART_OF &&
    graph.nodes.get(edge.source)?.type === ORGANISATION &&
    graph.nodes.get(edge.target)?.type === ORGANISATION
  );
}

/**
 * An entity's relations grouped by type and direction, in file order, labelled as read from it;
 * with a date, only those in force then.
 * @example relationsOf(graph, 'luan-jian')[0] // { type: 'reports_to', direction: 'out', label: 'reports to', items: [{ other: Wang Bin, … }] }
 */
export function relationsOf(graph: Graph, nodeId: string, asof: AsOf = null): RelationGroup[] {
  const groups = new Map<string, { type: string; direction: 'out' | 'in'; items: RelationItem[] }>();
  const collect = (edgeIds: readonly string[] | undefined, direction: 'out' | 'in'): void => {
    for (const edgeId of edgeIds ?? []) {
      const edge = graph.edges.get(edgeId);
      if (!edge || shownElsewhere(graph, edge) || !inForce(edge, asof)) continue;
      const other = graph.nodes.get(direction === 'out' ? edge.target : edge.source);
      if (!other) continue;
      const key = `${direction}\u0000${edge.type}`;
      const group = groups.get(key) ?? { type: edge.type, direction, items: [] };
      group.items.push({ edge, other, former: endedAsOf(edge, asof) });
      groups.set(key, group);
    }
  };
  collect(graph.outgoing.get(nodeId), 'out');
  collect(graph.incoming.get(nodeId), 'in');
  return [...groups.values()].map((group) => ({ ...group, label: relationLabel(graph, group.type, group.direction) }));
}
