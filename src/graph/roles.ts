import { ROLE, type Graph, type GraphEdge, type GraphNode } from './graph-model.ts';
import { endedAsOf, inForce, type AsOf } from './as-of.ts';
import { ancestorPath, organisationTree } from './organisation-tree.ts';
import { comparePartialDates } from './partial-date.ts';

/** One role as the details panel shows it: title, organisation and the units above it. */
export interface RoleView {
  readonly edge: GraphEdge;
  readonly person: GraphNode;
  readonly organisation: GraphNode;
  /** The organisations above `organisation`, nearest first. */
  readonly path: readonly GraphNode[];
  /** Ended as of the date the view is read at (`edge.former` without one). */
  readonly former: boolean;
}

export interface GroupedRoles {
  readonly current: readonly RoleView[];
  readonly former: readonly RoleView[];
}

/** Newest start first; undated roles keep file order after the dated ones. */
function byStartDescending(a: RoleView, b: RoleView): number {
  const sa = a.edge.start;
  const sb = b.edge.start;
  if (sa && sb) return comparePartialDates(sb, sa);
  if (sa) return -1;
  if (sb) return 1;
  return 0;
}

function roleView(graph: Graph, edge: GraphEdge, asof: AsOf): RoleView | undefined {
  const person = graph.nodes.get(edge.source);
  const organisation = graph.nodes.get(edge.target);
  if (!person || !organisation) return undefined;
  const tree = organisationTree(graph);
  const path = ancestorPath(tree, organisation.id).flatMap((id) => graph.nodes.get(id) ?? []);
  return { edge, person, organisation, path, former: endedAsOf(edge, asof) };
}

export function groupRoles(roles: readonly RoleView[]): GroupedRoles {
  return {
    current: roles.filter((role) => !role.former).sort(byStartDescending),
    former: roles.filter((role) => role.former).sort(byStartDescending),
  };
}

/** The roles among some edges (a node's outgoing or incoming list); other relations are left out. */
function rolesAmong(graph: Graph, edgeIds: readonly string[] | undefined, asof: AsOf): RoleView[] {
  return (edgeIds ?? []).flatMap((edgeId) => {
    const edge = graph.edges.get(edgeId);
    const view = edge?.type === ROLE && inForce(edge, asof) ? roleView(graph, edge, asof) : undefined;
    return view ? [view] : [];
  });
}

/**
 * A person's roles, current and former (`former: true` or an end date), newest first. With a date,
 * only the roles in force then, grouped as they stood then (as-of.ts).
 * @example rolesOfPerson(graph, 'wang-bin').current.map((r) => r.edge.title) // ['Vice Chairman', 'Director']
 */
export function rolesOfPerson(graph: Graph, personId: string, asof: AsOf = null): GroupedRoles {
  return groupRoles(rolesAmong(graph, graph.outgoing.get(personId), asof));
}

/** Roles held directly in one organisation (not its sub-units), current first. */
export function rolesInOrganisation(graph: Graph, organisationId: string, asof: AsOf = null): RoleView[] {
  const grouped = groupRoles(rolesAmong(graph, graph.incoming.get(organisationId), asof));
  return [...grouped.current, ...grouped.former];
}
