import { DEVELOPED, FOUNDED, ORGANISATION, PART_OF, PERSON, ROLE, type Graph } from './graph-model.ts';
import { endedAsOf, inForce, type AsOf } from './as-of.ts';
import { organisationAndDescendants, organisationTree } from './organisation-tree.ts';

export interface MembershipOptions {
  /** Count current roles only (former roles and roles with an end date drop out). */
  readonly currentOnly: boolean;
  /** Count only relations in force on this date, and "current" means current on it (as-of.ts). */
  readonly asof?: AsOf;
}

/**
 * What choosing organisations in the filter shows (DESIGN.md "Organisation membership"): each
 * organisation, every organisation below it, every person with a role in or who founded any of
 * those, every product any of those developed, anything else that is `part_of` one of them (an imported
 * compound node's children). Several organisations give the union.
 * Edges among the result are the caller's business (they depend on other filters too).
 * @example organisationMembers(graph, ['microsoft'], { currentOnly: false }) // Set { 'microsoft', 'microsoft-xiaoice', 'luan-jian', … }
 */
export function organisationMembers(
  graph: Graph,
  organisationIds: Iterable<string>,
  options: MembershipOptions,
): Set<string> {
  const tree = organisationTree(graph);
  const members = new Set<string>();
  const units = new Set<string>();
  for (const id of organisationIds) {
    // Only organisations have members: a person or product id (say, from a hand-edited link) adds nothing.
    if (graph.nodes.get(id)?.type !== ORGANISATION) continue;
    for (const unit of organisationAndDescendants(tree, id)) units.add(unit);
  }
  const asof = options.asof ?? null;
  for (const unit of units) {
    members.add(unit);
    for (const edgeId of graph.incoming.get(unit) ?? []) {
      const edge = graph.edges.get(edgeId);
      if (!edge || !inForce(edge, asof)) continue;
      if (edge.type === FOUNDED || (edge.type === ROLE && !(options.currentOnly && endedAsOf(edge, asof))))
        members.add(edge.source);
      // An imported compound node's children are `part_of` it without being organisations: members too.
      else if (edge.type === PART_OF && graph.nodes.get(edge.source)?.type !== ORGANISATION) members.add(edge.source);
    }
    for (const edgeId of graph.outgoing.get(unit) ?? []) {
      const edge = graph.edges.get(edgeId);
      if (edge?.type === DEVELOPED && inForce(edge, asof)) members.add(edge.target);
    }
  }
  return members;
}

/** The number of people the filter shows for one organisation (its own and its sub-units'). */
export function memberCount(graph: Graph, organisationId: string, options: MembershipOptions): number {
  let count = 0;
  for (const id of organisationMembers(graph, [organisationId], options)) {
    if (graph.nodes.get(id)?.type === PERSON) count++;
  }
  return count;
}
