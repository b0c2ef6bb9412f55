import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function SearchBox({ graph }: { graph: Graph }) {
  return <section aria-label="SearchBox">{graph.title}</section>;
}
