import { packEnclose, packSiblings } from 'd3-hierarchy';
import type { Graph, Position } from '../graph/graph-model.ts';
import { perGraph } from '../graph/per-graph.ts';
import { clusterForest, type ClusterForest } from '../view/overview/cluster-forest.ts';

/** A group's circle in the grouped layout, model units. */
export interface GroupCircle extends Position {
  readonly r: number;
}

/** Positions of the grouped layout, computed on demand: the first picture pays for the top level only. */
export interface GroupedLayout {
  entity(id: string): Position | undefined;
  group(key: string): GroupCircle | undefined;
}

/** Room for a node and the start of its label; the share of a circle that packed circles fill. */
const LEAF_RADIUS = 24;
const PADDING = 8;
const DENSITY = 0.6;

type Circle = { x: number; y: number; r: number; readonly id?: string; readonly key?: string };

/** Each group's radius, bottom up from its counts: room for what it holds at DENSITY, never packed first. */
function groupRadii(forest: ClusterForest): Map<string, number> {
  const radii = new Map<string, number>();
  for (const cluster of [...forest.clusters.values()].reverse()) {
    let area = cluster.members.length * LEAF_RADIUS ** 2;
    for (const key of cluster.clusters) area += (radii.get(key) ?? LEAF_RADIUS) ** 2;
    radii.set(cluster.key, Math.sqrt(area / DENSITY) + PADDING);
  }
  return radii;
}

/**
 * The "grouped" layout: the overview's groups (cluster-forest.ts) as circles packed inside the
 * circle of the group around them (d3's `packSiblings`), each entity a small circle inside its
 * innermost group. An open group's contents lie inside the bubble that stood for it, so opening a
 * group moves nothing. A group's radius comes from its counts, so a group's contents are packed
 * only when first asked for: the first picture of 20,000 entities packs a dozen circles. No
 * randomness (d3 packs with a fixed-seed generator), independent of any window: same graph, same picture.
 */
export const groupedLayout = perGraph((graph: Graph): GroupedLayout => {
  const forest = clusterForest(graph);
  const radii = groupRadii(forest);
  const entities = new Map<string, Position>();
  const groups = new Map<string, GroupCircle>();
  const packed = new Set<string>();

  /** Packs the items of one group (or of the top level, key undefined) inside `around`. */
  const packInside = (
    around: GroupCircle,
    clusters: readonly string[],
    members: readonly string[],
    squeeze = true,
  ): void => {
    const circles: Circle[] = [
      ...clusters.map((key) => ({ key, x: 0, y: 0, r: radii.get(key) ?? LEAF_RADIUS })),
      ...members.map((id) => ({ id, x: 0, y: 0, r: LEAF_RADIUS })),
    ];
    packSiblings(circles);
    const enclosing = packEnclose(circles);
    // Counts promise room at DENSITY; an awkward mix may need a little more, so squeeze rather than spill.
    const room = around.r - PADDING;
    const scale = enclosing.r > room && enclosing.r > 0 && squeeze ? room / enclosing.r : 1;
    for (const circle of circles) {
      const x = Math.round(around.x + (circle.x - enclosing.x) * scale);
      const y = Math.round(around.y + (circle.y - enclosing.y) * scale);
      if (circle.id !== undefined) entities.set(circle.id, { x, y });
      // A squeezed sub-group shrinks with its place, so it stays inside; its contents are packed into it.
      else if (circle.key !== undefined) groups.set(circle.key, { x, y, r: circle.r * scale });
    }
  };
  const ensure = (key: string | undefined): void => {
    const id = key ?? '';
    if (packed.has(id)) return;
    packed.add(id);
    if (key === undefined) {
      // The top level has no circle of its own to keep within.
      packInside({ x: 0, y: 0, r: Infinity }, forest.roots, forest.loose, false);
      return;
    }
    const cluster = forest.clusters.get(key);
    ensure(cluster?.parent);
    const circle = groups.get(key);
    if (cluster && circle) packInside(circle, cluster.clusters, cluster.members);
  };

  return {
    entity(id) {
      if (!graph.nodes.has(id)) return undefined;
      if (!entities.has(id)) ensure(forest.home.get(id));
      return entities.get(id);
    },
    group(key) {
      if (!forest.clusters.has(key)) return undefined;
      if (!groups.has(key)) ensure(forest.clusters.get(key)?.parent);
      return groups.get(key);
    },
  };
});
