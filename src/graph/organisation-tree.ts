import { ORGANISATION, PART_OF, type Graph, type GraphNode } from './graph-model.ts';
import { multimapPush } from './multimap.ts';
import { perGraph } from './per-graph.ts';

/**
 * The organisation tree formed by `part_of` edges between organisation nodes (team → lab → company).
 * Files may contain cycles or several parents; every walk here keeps a visited set and terminates.
 */
export interface OrganisationTree {
  /** Organisation ids in file order. */
  readonly organisations: readonly string[];
  readonly parents: ReadonlyMap<string, readonly string[]>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Organisations with no parent (or only parents inside a cycle), in file order. */
  readonly roots: readonly string[];
}

function isOrganisation(node: GraphNode | undefined): boolean {
  return node?.type === ORGANISATION;
}

/** Two `part_of` edges between the same pair say one thing: the pair is listed once. */
function addOnce(map: Map<string, string[]>, key: string, value: string): void {
  if (!map.get(key)?.includes(value)) multimapPush(map, key, value);
}

export const organisationTree = perGraph((graph: Graph): OrganisationTree => {
  const organisations = [...graph.nodes.values()].filter(isOrganisation).map((node) => node.id);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const edge of graph.edges.values()) {
    if (edge.type !== PART_OF || edge.source === edge.target) continue;
    if (!isOrganisation(graph.nodes.get(edge.source)) || !isOrganisation(graph.nodes.get(edge.target))) continue;
    addOnce(parents, edge.source, edge.target);
    addOnce(children, edge.target, edge.source);
  }
  const roots = organisations.filter((id) => !parents.has(id));
  // Organisations reachable from no root sit on a cycle: show its first member at the top level.
  const placed = new Set<string>();
  const place = (start: string): void => {
    // Iterative, so a chain of thousands of units cannot overflow the stack.
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop() ?? '';
      if (placed.has(id)) continue;
      placed.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  };
  roots.forEach(place);
  for (const id of organisations) {
    if (!placed.has(id)) {
      roots.push(id);
      place(id);
    }
  }
  return { organisations, parents, children, roots };
});

/** The organisation and everything below it, at any depth, each once. */
export function organisationAndDescendants(tree: OrganisationTree, id: string): string[] {
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const child of tree.children.get(queue[i] ?? '') ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return queue;
}

/** The chain of first parents above an organisation, nearest first: AI Lab → [Technical Committee, Xiaomi]. */
export function ancestorPath(tree: OrganisationTree, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>([id]);
  let current = tree.parents.get(id)?.[0];
  while (current !== undefined && !seen.has(current)) {
    path.push(current);
    seen.add(current);
    current = tree.parents.get(current)?.[0];
  }
  return path;
}
