import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function EntityDetailsPanel({ graph }: { graph: Graph }) {
  return <section aria-label="EntityDetailsPanel">{graph.title}</section>;
}
