import type { Graph } from './graph-model.ts';

/**
 * Memoises an index per graph: built on first use, then shared by every view change.
 * Graphs are immutable, so the cache never goes stale; a WeakMap lets old graphs go.
 */
export function perGraph<T>(build: (graph: Graph) => T): (graph: Graph) => T {
  const cache = new WeakMap<Graph, T>();
  return (graph) => {
    let value = cache.get(graph);
    if (value === undefined) {
      value = build(graph);
      cache.set(graph, value);
    }
    return value;
  };
}
