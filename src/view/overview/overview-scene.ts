import type { Graph } from '../../graph/graph-model.ts';
import type { VisibleSet } from '../visible-set.ts';
import type { ViewState } from '../view-state.ts';
import { clusterForest, groupPath, type ClusterForest } from './cluster-forest.ts';
import { OVERVIEW_FROM } from './overview-size.ts';

/** A drawn end of a relation: an entity, or a closed group standing for the entities inside it. */
export type SceneEnd =
  { readonly kind: 'entity'; readonly id: string } | { readonly kind: 'group'; readonly key: string };

export interface SceneGroup {
  readonly key: string;
  /** Visible entities inside. */
  readonly count: number;
}

/** The relations between two drawn ends that are not both entities, counted. */
export interface SceneLink {
  readonly key: string;
  readonly source: SceneEnd;
  readonly target: SceneEnd;
  readonly count: number;
}

/** What the canvas draws: every visible entity and relation, or, in the overview, some of them and groups. */
export interface Scene {
  readonly overview: boolean;
  readonly entities: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Closed groups, drawn as bubbles with their counts. */
  readonly groups: readonly SceneGroup[];
  /** Open groups, drawn as frames around what they hold. */
  readonly frames: readonly SceneGroup[];
  readonly links: readonly SceneLink[];
}

export type SceneInput = Pick<ViewState, 'node' | 'open' | 'all'>;

/** No entity to reveal: one set, so that a scene asked for without any is the same scene every time. */
export const NO_REVEAL: ReadonlySet<string> = new Set();

/** A group with this few visible entities opens by itself: a bubble saying "2" hides more than it shows. */
const OPEN_BELOW = 4;

// Counted once per visible set: a new selection or an opened group redraws without recounting 20,000 entities.
const countsCache = new WeakMap<VisibleSet, Map<string, number>>();

function visibleCounts(forest: ClusterForest, visible: VisibleSet): Map<string, number> {
  const cached = countsCache.get(visible);
  if (cached) return cached;
  const counts = new Map<string, number>();
  countsCache.set(visible, counts);
  // Each entity counted in its own group, then each group's count added up the tree once.
  const inHome = new Map<string, number>();
  for (const id of visible.nodes) {
    const home = forest.home.get(id);
    if (home !== undefined) inHome.set(home, (inHome.get(home) ?? 0) + 1);
  }
  for (const [home, count] of inHome) {
    for (let key: string | undefined = home; key !== undefined; key = forest.clusters.get(key)?.parent) {
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
  }
  return counts;
}

/**
 * The drawn scene (DESIGN.md "Overview first"). With at most OVERVIEW_FROM visible entities, or
 * `all`, it is the visible set itself. Above, the visible entities are drawn as groups: a group is
 * open when the user opened it, when it holds the selected entity (a selected entity is always
 * drawn, so Cytoscape's selection is it) or one of `reveal` (the entities on a path), when it is the only one at its level, or when it holds
 * very few visible entities; an open group is a frame around its sub-groups and entities.
 */
export function overviewScene(
  graph: Graph,
  visible: VisibleSet,
  view: SceneInput,
  reveal: ReadonlySet<string> = NO_REVEAL,
): Scene {
  if (view.all || visible.nodes.size <= OVERVIEW_FROM) {
    return { overview: false, entities: visible.nodes, edges: visible.edges, groups: [], frames: [], links: [] };
  }
  const forest = clusterForest(graph);
  const counts = visibleCounts(forest, visible);
  const opened = new Set(view.open);
  for (const id of view.node === null ? reveal : [view.node, ...reveal])
    for (const key of groupPath(forest, forest.home.get(id))) opened.add(key);

  const entities = new Set<string>();
  const groups: SceneGroup[] = [];
  const frames: SceneGroup[] = [];
  const closed = new Set<string>();
  const place = (keys: readonly string[], members: readonly string[]): void => {
    const present = keys.filter((key) => (counts.get(key) ?? 0) > 0);
    const lone = present.length === 1 && !members.some((id) => visible.nodes.has(id));
    for (const key of present) {
      const count = counts.get(key) ?? 0;
      const cluster = forest.clusters.get(key);
      if (!cluster) continue;
      if (opened.has(key) || lone || count < OPEN_BELOW) {
        frames.push({ key, count });
        place(cluster.clusters, cluster.members);
      } else {
        groups.push({ key, count });
        closed.add(key);
      }
    }
    for (const id of members) if (visible.nodes.has(id)) entities.add(id);
  };
  place(forest.roots, forest.loose);

  type DrawnEnd = { readonly end: SceneEnd; readonly key: string } | null;
  /** Drawn entities' own ends, once each (the others' are their groups', below). */
  const ends = new Map<string, DrawnEnd>();
  /** The outermost closed group holding a group (or none), and its end: once per group, shared. */
  const groupEnds = new Map<string, DrawnEnd>();
  const groupEnd = (home: string): DrawnEnd => {
    let found = groupEnds.get(home);
    if (found !== undefined) return found;
    let outermost: string | undefined;
    for (let key: string | undefined = home; key !== undefined; key = forest.clusters.get(key)?.parent)
      if (closed.has(key)) outermost = key;
    found = outermost === undefined ? null : { end: { kind: 'group', key: outermost }, key: `g${outermost}` };
    groupEnds.set(home, found);
    return found;
  };
  /** The entity itself when drawn, else the outermost closed group holding it (kept per group). */
  const endOf = (id: string): DrawnEnd => {
    if (!entities.has(id)) {
      const home = forest.home.get(id);
      return home === undefined ? null : groupEnd(home);
    }
    let found = ends.get(id);
    if (found === undefined) ends.set(id, (found = { end: { kind: 'entity', id }, key: `e${id}` }));
    return found;
  };
  const edges = new Set<string>();
  // By one end's key, then the other's: tens of thousands of relations fall into a few hundred links.
  type CountedLink = { readonly key: string; source: SceneEnd; target: SceneEnd; count: number };
  const linksBetween = new Map<string, Map<string, CountedLink>>();
  const links: CountedLink[] = [];
  for (const id of visible.edges) {
    const edge = graph.edges.get(id);
    if (!edge) continue;
    const from = endOf(edge.source);
    const to = endOf(edge.target);
    if (!from || !to) continue;
    const { end: source, key: a } = from;
    const { end: target, key: b } = to;
    if (source.kind === 'entity' && target.kind === 'entity') {
      edges.add(id);
      continue;
    }
    if (a === b) continue;
    // One link per pair of ends, whichever way its relations point.
    const first = a < b ? a : b;
    const second = a < b ? b : a;
    let between = linksBetween.get(first);
    if (!between) linksBetween.set(first, (between = new Map<string, CountedLink>()));
    const link = between.get(second);
    if (link) link.count++;
    else {
      const added = a < b ? { source, target } : { source: target, target: source };
      const created = { key: `${first}\u0000${second}`, ...added, count: 1 };
      between.set(second, created);
      links.push(created);
    }
  }
  return {
    overview: true,
    entities,
    edges,
    groups,
    frames,
    links,
  };
}
