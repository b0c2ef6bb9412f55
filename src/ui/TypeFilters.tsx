import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function TypeFilters({ graph }: { graph: Graph }) {
  return <section aria-label="TypeFilters">{graph.title}</section>;
}
