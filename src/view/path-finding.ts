import type { Graph } from '../graph/graph-model.ts';
import { PATH_LIMIT, shortestPaths, type PathsResult } from '../graph/shortest-paths.ts';
import type { PathEnds, ViewState } from './view-state.ts';
import type { VisibleSet } from './visible-set.ts';

/** The path part of the view: which ends, and whether direction is followed. */
export type PathRequest = Pick<ViewState, 'path' | 'followDirection'>;

/**
 * The shortest paths between the view's path ends through what is visible (filters, relation types,
 * the date and focus all apply), up to PATH_LIMIT; null when the view asks for no path.
 */
export function findViewPaths(graph: Graph, visible: VisibleSet, request: PathRequest, limit = PATH_LIMIT) {
  const { path } = request;
  if (path === null) return null;
  return shortestPaths(graph, path.from, path.to, {
    directed: request.followDirection,
    nodeAllowed: (id) => visible.nodes.has(id),
    edgeAllowed: (id) => visible.edges.has(id),
    limit,
  });
}

/** The ids of every entity and relation on the paths: what the canvas highlights. */
export function pathElementIds(result: PathsResult): Set<string> {
  const ids = new Set<string>();
  for (const path of result.paths) {
    for (const node of path.nodes) ids.add(node);
    for (const step of path.steps) for (const edge of step.edges) ids.add(edge);
  }
  return ids;
}

/**
 * Memoised on the graph, the visible set (itself memoised) and the path fields, so canvas moves and
 * re-renders cost nothing.
 */
export function createPathSelector(): (graph: Graph, visible: VisibleSet, request: PathRequest) => PathsResult | null {
  let last: { graph: Graph; visible: VisibleSet; path: PathEnds | null; follow: boolean } | undefined;
  let result: PathsResult | null = null;
  return (graph, visible, request) => {
    if (
      last?.graph !== graph ||
      last.visible !== visible ||
      last.path !== request.path ||
      last.follow !== request.followDirection
    ) {
      result = findViewPaths(graph, visible, request);
      last = { graph, visible, path: request.path, follow: request.followDirection };
    }
    return result;
  };
}
