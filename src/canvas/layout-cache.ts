import type { Graph, Position } from '../graph/graph-model.ts';
import type { ComputedLayout } from './layout-input.ts';

/**
 * Positions of computed layouts, per graph and layout, for the page's lifetime: switching layouts
 * back and forth, Back and Forward, and reopening the same graph never run a layout twice. Seeded
 * with positions computed at build time for the bundled graphs (see scripts/bundled-layouts.ts).
 * Graphs are immutable, so an entry never goes stale; a WeakMap lets closed graphs go.
 */
const cache = new WeakMap<Graph, Map<ComputedLayout, ReadonlyMap<string, Position>>>();

export function cachedLayout(graph: Graph, name: ComputedLayout): ReadonlyMap<string, Position> | undefined {
  return cache.get(graph)?.get(name);
}

export function cacheLayout(graph: Graph, name: ComputedLayout, positions: ReadonlyMap<string, Position>): void {
  // Only a complete layout of this graph is kept: positions made for another version of the file are not.
  if (positions.size !== graph.nodes.size || ![...graph.nodes.keys()].every((id) => positions.has(id))) return;
  let layouts = cache.get(graph);
  if (!layouts) {
    layouts = new Map();
    cache.set(graph, layouts);
  }
  layouts.set(name, positions);
}
