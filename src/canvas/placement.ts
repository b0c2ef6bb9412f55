import type { Graph, Position } from '../graph/graph-model.ts';
import { clusterForest } from '../view/overview/cluster-forest.ts';
import type { LayoutName } from '../view/view-state.ts';
import { groupedLayout, type GroupCircle } from './grouped-layout.ts';
import { cachedLayout, cacheLayout } from './layout-cache.ts';
import { layoutInput, type ComputedLayout } from './layout-input.ts';
import type { LayoutRunner } from './layout-runner.ts';
import { presetPositions } from './preset-positions.ts';

/** A layout being computed in the worker, for the progress indicator. */
export type LayoutStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly layout: ComputedLayout; readonly nodes: number; readonly since: number }
  | { readonly state: 'failed'; readonly layout: ComputedLayout; readonly message: string };

export interface Placement {
  /** The layout whose positions are drawn now (the grouped one stands in while another is computed). */
  drawn(): LayoutName;
  /** Asks for a layout; true when the drawn layout changed now, else it comes through `onReady`. */
  want(name: LayoutName): boolean;
  entity(id: string): Position | undefined;
  /** A group's place; `r` only in the grouped layout, where the group's circle is its size. */
  group(key: string): (Position & { readonly r?: number }) | undefined;
  status(): LayoutStatus;
  cancel(): void;
}

const isComputed = (name: LayoutName): name is ComputedLayout =>
  name === 'fcose' || name === 'concentric' || name === 'hierarchy';

/**
 * Which positions the canvas draws, and getting the missing ones from the layout worker. The saved
 * positions and the grouped layout are ready at once; a computed layout comes from the cache or the
 * worker, and until it arrives the grouped layout is drawn: the first picture never waits for it.
 */
export function createPlacement(
  graph: Graph,
  runner: LayoutRunner,
  hooks: { onReady(name: LayoutName): void; onStatus(status: LayoutStatus): void },
): Placement {
  let drawn: LayoutName | undefined;
  let wanted: LayoutName | undefined;
  let status: LayoutStatus = { state: 'idle' };
  const centroids = new Map<string, Position>();
  const setStatus = (next: LayoutStatus): void => {
    status = next;
    hooks.onStatus(next);
  };
  const ready = (name: LayoutName): boolean => !isComputed(name) || cachedLayout(graph, name) !== undefined;

  const entity = (id: string): Position | undefined => {
    const name = drawn ?? 'grouped';
    if (name === 'grouped') return groupedLayout(graph).entity(id);
    if (name === 'preset') return presetPositions(graph).get(id);
    return cachedLayout(graph, name)?.get(id);
  };
  /** In a layout that places entities only, a group sits at the centre of everything inside it. */
  const centroid = (key: string): Position | undefined => {
    const cached = centroids.get(key);
    if (cached) return cached;
    const forest = clusterForest(graph);
    let x = 0;
    let y = 0;
    let count = 0;
    const stack = [key];
    for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
      const cluster = forest.clusters.get(current);
      if (!cluster) continue;
      stack.push(...cluster.clusters);
      for (const id of cluster.members) {
        const position = entity(id);
        if (!position) continue;
        x += position.x;
        y += position.y;
        count++;
      }
    }
    if (count === 0) return undefined;
    const result = { x: x / count, y: y / count };
    centroids.set(key, result);
    return result;
  };
  const show = (name: LayoutName): void => {
    drawn = name;
    centroids.clear();
  };

  return {
    drawn: () => drawn ?? 'grouped',
    want(name) {
      wanted = name;
      if (ready(name)) {
        if (status.state === 'running') runner.cancel();
        if (status.state !== 'idle') setStatus({ state: 'idle' });
        const changed = drawn !== name;
        show(name);
        return changed;
      }
      if (!isComputed(name)) return false;
      const first = drawn === undefined;
      if (first) show('grouped');
      if (status.state === 'running' && status.layout === name) return first;
      setStatus({ state: 'running', layout: name, nodes: graph.nodes.size, since: performance.now() });
      runner.run(layoutInput(graph, name), name).then(
        (xy) => {
          const positions = new Map<string, Position>();
          [...graph.nodes.keys()].forEach((id, i) => positions.set(id, { x: xy[i * 2] ?? 0, y: xy[i * 2 + 1] ?? 0 }));
          cacheLayout(graph, name, positions);
          setStatus({ state: 'idle' });
          if (wanted !== name) return;
          show(name);
          hooks.onReady(name);
        },
        (error: unknown) =>
          setStatus({ state: 'failed', layout: name, message: error instanceof Error ? error.message : String(error) }),
      );
      return first;
    },
    entity,
    group(key) {
      if ((drawn ?? 'grouped') === 'grouped') {
        const circle: GroupCircle | undefined = groupedLayout(graph).group(key);
        return circle;
      }
      return centroid(key);
    },
    status: () => status,
    cancel() {
      if (status.state !== 'running') return;
      runner.cancel();
      wanted = drawn;
      setStatus({ state: 'idle' });
    },
  };
}
