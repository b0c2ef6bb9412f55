import type { Graph } from './graph-model.ts';

/** One step of a path: from one entity to the next, through every allowed relation joining them that way. */
export interface PathStep {
  readonly from: string;
  readonly to: string;
  /** The relations between `from` and `to` usable in this step, in file order (parallel roles are one step). */
  readonly edges: readonly string[];
}

export interface GraphPath {
  /** The entities along the path, `from` first; a path from an entity to itself is that entity alone. */
  readonly nodes: readonly string[];
  readonly steps: readonly PathStep[];
}

export interface PathOptions {
  /** Follow relations only from source to target. Otherwise direction is ignored. */
  readonly directed: boolean;
  readonly nodeAllowed: (id: string) => boolean;
  readonly edgeAllowed: (id: string) => boolean;
  /** At most this many paths are returned. */
  readonly limit: number;
}

export interface PathsResult {
  /** Every shortest path (distinct sequences of entities), up to the limit, in a stable order. */
  readonly paths: readonly GraphPath[];
  /** More shortest paths exist than `paths` holds. */
  readonly truncated: boolean;
}

/** The most shortest paths the explorer reads out and highlights (the README and the Path region say so). */
export const PATH_LIMIT = 10;

const NONE: PathsResult = { paths: [], truncated: false };

/** The neighbours one step away from `id`, each with the edges leading there, in file order. */
function neighbours(graph: Graph, id: string, options: PathOptions): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (edgeIds: readonly string[] | undefined, end: 'source' | 'target'): void => {
    for (const edgeId of edgeIds ?? []) {
      const edge = graph.edges.get(edgeId);
      if (!edge || !options.edgeAllowed(edgeId)) continue;
      const other = edge[end];
      if (other === id || !options.nodeAllowed(other)) continue;
      const list = found.get(other);
      if (list) list.push(edgeId);
      else found.set(other, [edgeId]);
    }
  };
  visit(graph.outgoing.get(id), 'target');
  if (!options.directed) visit(graph.incoming.get(id), 'source');
  return found;
}

/**
 * All shortest paths from `from` to `to` through allowed entities and relations: breadth first from
 * `from`, stopping at `to`'s distance, then walking the recorded predecessors back. Each predecessor
 * leads back to `from`, so listing stops after `limit + 1` paths whatever the graph's size.
 * @example shortestPaths(graph, 'luan-jian', 'lei-jun', { directed: false, nodeAllowed: () => true, edgeAllowed: () => true, limit: 10 }).paths[0]?.nodes // ['luan-jian', 'xiaomi', 'lei-jun']
 */
export function shortestPaths(graph: Graph, from: string, to: string, options: PathOptions): PathsResult {
  if (!graph.nodes.has(from) || !graph.nodes.has(to) || !options.nodeAllowed(from) || !options.nodeAllowed(to)) {
    return NONE;
  }
  if (from === to) return { paths: [{ nodes: [from], steps: [] }], truncated: false };
  // For each reached entity: the entities one step nearer `from` that reach it, with the edges used.
  const predecessors = new Map<string, Map<string, string[]>>([[from, new Map()]]);
  let frontier = [from];
  while (frontier.length > 0 && !predecessors.has(to)) {
    const reachedNow = new Map<string, Map<string, string[]>>();
    for (const id of frontier) {
      for (const [other, edges] of neighbours(graph, id, options)) {
        if (predecessors.has(other)) continue;
        const entry = reachedNow.get(other) ?? new Map<string, string[]>();
        entry.set(id, edges);
        reachedNow.set(other, entry);
      }
    }
    for (const [id, entry] of reachedNow) predecessors.set(id, entry);
    frontier = [...reachedNow.keys()];
  }
  if (!predecessors.has(to)) return NONE;
  return listPaths(predecessors, from, to, options.limit);
}

/** Walks predecessors back from `to`, depth first, so paths come out in a stable order. */
function listPaths(
  predecessors: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>,
  from: string,
  to: string,
  limit: number,
): PathsResult {
  const paths: GraphPath[] = [];
  let truncated = false;
  // Each item: the path so far, from its first entity to `to`, and its steps.
  const stack: Array<{ nodes: string[]; steps: PathStep[] }> = [{ nodes: [to], steps: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [head = to] = item.nodes;
    if (head === from) {
      if (paths.length === limit) {
        truncated = true;
        break;
      }
      paths.push({ nodes: item.nodes, steps: item.steps });
      continue;
    }
    const before = [...(predecessors.get(head) ?? new Map<string, readonly string[]>())];
    // Pushed in reverse, so the first-found predecessor is walked first.
    for (let i = before.length - 1; i >= 0; i--) {
      const [previous, edges] = before[i] ?? [];
      if (previous === undefined || edges === undefined) continue;
      stack.push({ nodes: [previous, ...item.nodes], steps: [{ from: previous, to: head, edges }, ...item.steps] });
    }
  }
  return { paths, truncated };
}
