import type { Graph } from '../graph/graph-model.ts';
import { findViewPaths, type PathRequest } from './path-finding.ts';
import type { VisibilityFilters } from './visible-set-fields.ts';
import { computeVisibleSet } from './visible-set.ts';

/** What decides whether the view's path goes through: the filters and the path itself (no camera, no layout). */
export type PathView = VisibilityFilters & PathRequest;

/** The filters a person can switch off (and "Follow direction"), each with what "off" means for the view. */
export const PATH_FILTERS = ['organisations', 'types', 'relations', 'date', 'focus', 'direction'] as const;
export type PathFilter = (typeof PATH_FILTERS)[number];

const WITHOUT: { readonly [F in PathFilter]: (view: PathView) => PathView } = {
  organisations: (view) => ({ ...view, orgs: [], current: false }),
  types: (view) => ({ ...view, types: null }),
  relations: (view) => ({ ...view, rels: null }),
  date: (view) => ({ ...view, asof: null }),
  focus: (view) => ({ ...view, focus: null }),
  direction: (view) => ({ ...view, followDirection: false }),
};

/** Whether each filter is on: hides something, or could. */
const ACTIVE: { readonly [F in PathFilter]: (view: PathView) => boolean } = {
  // `current` means nothing without organisations.
  organisations: (view) => view.orgs.length > 0,
  types: (view) => view.types !== null,
  relations: (view) => view.rels !== null,
  date: (view) => view.asof !== null,
  focus: (view) => view.focus !== null && view.node !== null,
  direction: (view) => view.followDirection,
};

function hasPath(graph: Graph, view: PathView): boolean {
  const found = findViewPaths(graph, computeVisibleSet(graph, view), view, 1);
  return found !== null && found.paths.length > 0;
}

export interface PathBlockers {
  /** Each active filter that, switched off alone, lets a path through. */
  readonly alone: readonly PathFilter[];
  /** No single filter does, but switching all active ones off does. */
  readonly together: boolean;
  /** Whether any filter was on at all. */
  readonly active: boolean;
}

/**
 * Why the view's path finds nothing: for each active filter (organisations, types, relations, date,
 * focus, and following direction), would a path exist without it? Asked only when there is no path, and only for the filters
 * that are on, so it costs a few breadth-first searches at most.
 * @example pathBlockers(graph, { ...view, asof: '2020' }) // { alone: ['date'], together: false, active: true }
 */
export function pathBlockers(graph: Graph, view: PathView): PathBlockers {
  const active = PATH_FILTERS.filter((filter) => ACTIVE[filter](view));
  const alone = active.filter((filter) => hasPath(graph, WITHOUT[filter](view)));
  const together =
    alone.length === 0 &&
    active.length > 1 &&
    hasPath(
      graph,
      active.reduce((v, f) => WITHOUT[f](v), view),
    );
  return { alone, together, active: active.length > 0 };
}
