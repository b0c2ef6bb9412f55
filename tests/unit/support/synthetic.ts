import { syntheticGraph } from '../../../bench/synthetic-graph.ts';
import type { Graph } from '../../../src/graph/graph-model.ts';
import { parseGraph } from '../../../src/graph/parse-graph.ts';

const graphs = new Map<number, Graph>();

/** The bench's deterministic synthetic graph of about `nodes` entities (companies, units, people, products), parsed once. */
export function synthetic(nodes: number): Graph {
  let graph = graphs.get(nodes);
  if (!graph) {
    const parsed = parseGraph(syntheticGraph({ id: `synthetic-${nodes}`, nodes, seed: nodes })).graph;
    if (!parsed) throw new Error('the synthetic graph does not open');
    graph = parsed;
    graphs.set(nodes, graph);
  }
  return graph;
}
