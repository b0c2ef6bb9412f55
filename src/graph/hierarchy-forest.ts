import { DEVELOPED, FOUNDED, ROLE, type Graph } from './graph-model.ts';
import { ancestorPath, organisationTree } from './organisation-tree.ts';
import { perGraph } from './per-graph.ts';

/**
 * A spanning forest that reads as an organisation chart: organisations under their parent
 * (`part_of`), each person under the organisation of their deepest current role (else any role,
 * else one they founded), each product under the organisation that developed it, and everything
 * else under the first placed entity it is related to. Returns each node's parent; roots have none.
 * Pure and cycle-safe; the hierarchy layout draws it top-down and the overview groups by it, so it is
 * built once per graph.
 */
export const hierarchyForest = perGraph((graph: Graph): ReadonlyMap<string, string> => {
  const tree = organisationTree(graph);
  const parent = new Map<string, string>();
  const placed = new Set<string>(tree.organisations);
  const roots = new Set(tree.roots);
  for (const id of tree.organisations) {
    const up = tree.parents.get(id)?.[0];
    // The tree's roots include one member of each cycle; it stays a root so the forest has no loop.
    if (up !== undefined && !roots.has(id)) parent.set(id, up);
  }
  // Memoised: a graph of 20,000 people asks for the depth of the same few hundred units again and again.
  const depths = new Map<string, number>();
  const depth = (org: string): number => {
    let value = depths.get(org);
    if (value === undefined) {
      value = ancestorPath(tree, org).length;
      depths.set(org, value);
    }
    return value;
  };
  const home = (id: string): string | undefined => {
    let bestOrg: string | undefined;
    let bestRank = -1;
    for (const edgeId of graph.outgoing.get(id) ?? []) {
      const edge = graph.edges.get(edgeId);
      if (!edge || (edge.type !== ROLE && edge.type !== FOUNDED) || !placed.has(edge.target)) continue;
      // Current roles first, then former roles, then founding; deeper units win within a kind.
      const kind = edge.type === ROLE ? (edge.former ? 1 : 2) : 0;
      const rank = kind * 1000 + depth(edge.target);
      if (rank > bestRank) {
        bestOrg = edge.target;
        bestRank = rank;
      }
    }
    return bestOrg;
  };
  const attach = (id: string, to: string | undefined): void => {
    if (to === undefined || placed.has(id)) return;
    parent.set(id, to);
    placed.add(id);
  };
  for (const id of graph.nodes.keys()) attach(id, home(id));
  for (const org of tree.organisations) {
    for (const edgeId of graph.outgoing.get(org) ?? []) {
      const edge = graph.edges.get(edgeId);
      if (edge?.type === DEVELOPED) attach(edge.target, org);
    }
  }
  // Whatever is left hangs under the first placed entity it is related to, breadth first (a walk
  // that ends as soon as nothing is left: most graphs place everyone above).
  let frontier = [...placed];
  while (frontier.length > 0 && placed.size < graph.nodes.size) {
    const next: string[] = [];
    for (const id of frontier) {
      if (placed.size === graph.nodes.size) break;
      for (const edgeIds of [graph.outgoing.get(id), graph.incoming.get(id)]) {
        for (const edgeId of edgeIds ?? []) {
          const edge = graph.edges.get(edgeId);
          const other = edge?.source === id ? edge.target : edge?.source;
          if (other === undefined || placed.has(other)) continue;
          attach(other, id);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return parent;
});
