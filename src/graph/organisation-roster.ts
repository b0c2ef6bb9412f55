import { inForce, type AsOf } from './as-of.ts';
import { DEVELOPED, type Graph, type GraphNode } from './graph-model.ts';
import { organisationAndDescendants, organisationTree } from './organisation-tree.ts';
import { rolesInOrganisation, type RoleView } from './roles.ts';

export interface RosterUnit {
  readonly unit: GraphNode;
  /** Roles held in this unit, current first. */
  readonly roles: readonly RoleView[];
}

export interface OrganisationOverview {
  /** Organisations directly below. */
  readonly subUnits: readonly GraphNode[];
  /** The organisation itself, then each unit below it (breadth first) that has roles. */
  readonly roster: readonly RosterUnit[];
  /** Products the organisation or any unit below it developed. */
  readonly products: readonly GraphNode[];
}

function nodesOf(graph: Graph, ids: Iterable<string>): GraphNode[] {
  return [...ids].flatMap((id) => graph.nodes.get(id) ?? []);
}

/** What the details panel shows for an organisation: sub-units, the people by unit, products (as of a date). */
export function organisationOverview(graph: Graph, organisationId: string, asof: AsOf = null): OrganisationOverview {
  const tree = organisationTree(graph);
  const units = organisationAndDescendants(tree, organisationId);
  const roster: RosterUnit[] = [];
  const products = new Set<string>();
  for (const unitId of units) {
    const unit = graph.nodes.get(unitId);
    if (!unit) continue;
    const roles = rolesInOrganisation(graph, unitId, asof);
    if (roles.length > 0) roster.push({ unit, roles });
    for (const edgeId of graph.outgoing.get(unitId) ?? []) {
      const edge = graph.edges.get(edgeId);
      if (edge?.type === DEVELOPED && inForce(edge, asof)) products.add(edge.target);
    }
  }
  return {
    subUnits: nodesOf(graph, tree.children.get(organisationId) ?? []),
    roster,
    products: nodesOf(graph, products),
  };
}
