import { inForce, type AsOf } from '../../graph/as-of.ts';
import { ORGANISATION, PART_OF, type Graph, type GraphEdge, type GraphNode } from '../../graph/graph-model.ts';
import { organisationOverview, type RosterUnit } from '../../graph/organisation-roster.ts';
import { ancestorPath, organisationTree } from '../../graph/organisation-tree.ts';
import { relationsOf, type RelationGroup } from '../../graph/relations.ts';
import { rolesInOrganisation, rolesOfPerson, type GroupedRoles } from '../../graph/roles.ts';
import { nodeTypeDefinition } from '../../graph/type-labels.ts';

/** One organisation directly above or below the entity, with the `part_of` edges that say so. */
export interface UnitLink {
  readonly unit: GraphNode;
  /** For a parent: the parent, then the units above it, nearest first. */
  readonly path: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface OrganisationDetails {
  readonly parents: readonly UnitLink[];
  readonly subUnits: readonly UnitLink[];
  readonly roster: readonly RosterUnit[];
  readonly products: readonly GraphNode[];
}

/** Everything the details panel shows about one entity, gathered from the model's queries. */
export interface EntityDetailsModel {
  readonly node: GraphNode;
  readonly typeLabel: string;
  readonly roles: GroupedRoles;
  /** Present for organisations, and for any other entity that roles are held in. */
  readonly organisation: OrganisationDetails | null;
  readonly relations: readonly RelationGroup[];
}

function partOfEdges(graph: Graph, from: string, to: string, asof: AsOf): GraphEdge[] {
  return (graph.outgoing.get(from) ?? []).flatMap((edgeId) => {
    const edge = graph.edges.get(edgeId);
    return edge?.type === PART_OF && edge.target === to && inForce(edge, asof) ? [edge] : [];
  });
}

function organisationDetails(graph: Graph, node: GraphNode, asof: AsOf): OrganisationDetails | null {
  if (node.type !== ORGANISATION) {
    // Roles are never listed among relations, so roles held in a non-organisation still need a roster.
    const roles = rolesInOrganisation(graph, node.id, asof);
    return roles.length === 0 ? null : { parents: [], subUnits: [], roster: [{ unit: node, roles }], products: [] };
  }
  const tree = organisationTree(graph);
  const nodesOf = (ids: readonly string[]): GraphNode[] => ids.flatMap((id) => graph.nodes.get(id) ?? []);
  const parents = nodesOf(tree.parents.get(node.id) ?? []).map((parent) => ({
    unit: parent,
    path: [parent, ...nodesOf(ancestorPath(tree, parent.id).filter((id) => id !== node.id))],
    edges: partOfEdges(graph, node.id, parent.id, asof),
  }));
  const overview = organisationOverview(graph, node.id, asof);
  const subUnits = overview.subUnits.map((unit) => ({
    unit,
    path: [unit],
    edges: partOfEdges(graph, unit.id, node.id, asof),
  }));
  // A unit link whose part_of relations are all out of force as of the date is not shown then.
  const inTree = (link: UnitLink): boolean => link.edges.length > 0;
  return {
    parents: parents.filter(inTree),
    subUnits: subUnits.filter(inTree),
    roster: overview.roster,
    products: overview.products,
  };
}

/**
 * The details of one entity, or `undefined` when the graph has no such node. With a date, only the
 * relations in force then, and "Current" means current then (graph/as-of.ts).
 * @example entityDetailsModel(graph, 'ada')?.roles.current[0]?.edge.title // 'Director'
 */
export function entityDetailsModel(graph: Graph, nodeId: string, asof: AsOf = null): EntityDetailsModel | undefined {
  const node = graph.nodes.get(nodeId);
  if (!node) return undefined;
  return {
    node,
    typeLabel: nodeTypeDefinition(graph, node.type).label,
    roles: rolesOfPerson(graph, nodeId, asof),
    organisation: organisationDetails(graph, node, asof),
    relations: relationsOf(graph, nodeId, asof),
  };
}
