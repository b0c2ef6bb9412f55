import type { ImportOptions } from './import-mapping.ts';
import type { GraphChoice } from './import-report.ts';
import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, entriesOf, idText, isObject, type RawGraph } from './raw-graph.ts';

/**
 * JSON Graph Format: `{ graph }` or `{ graphs: [...] }`; version 1 lists nodes in an array with ids,
 * version 2 keys them by id. `metadata` entries become attributes; `relation` is the relation type.
 * Hyperedges join more than two nodes and have no place in a graph of pairwise relations: refused.
 */

export function isJgf(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Array.isArray(value.graphs)) return true;
  const { graph } = value;
  return isObject(graph) && ('nodes' in graph || 'edges' in graph || 'hyperedges' in graph);
}

function graphsOf(value: Record<string, unknown>): { graphs: unknown[]; path: (index: number) => string } {
  if (Array.isArray(value.graphs)) return { graphs: value.graphs, path: (index) => `graphs[${index}]` };
  return { graphs: [value.graph], path: () => 'graph' };
}

/** Own fields plus `metadata` entries (the element's own fields win a name clash). */
function attributesOf(element: Record<string, unknown>, skip: ReadonlySet<string>): Map<string, unknown> {
  const attributes = entriesOf(element.metadata);
  for (const [key, entry] of entriesOf(element, skip)) attributes.set(key, entry);
  return attributes;
}

const NODE_FIELDS = new Set(['id', 'metadata']);
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'metadata']);

function nodeEntries(nodes: unknown, where: string): Array<[string | undefined, unknown, string]> {
  if (Array.isArray(nodes))
    return nodes.map((node, index) => [isObject(node) ? idText(node.id) : undefined, node, `${where}.nodes[${index}]`]);
  if (isObject(nodes)) return Object.entries(nodes).map(([id, node]) => [id, node, `${where}.nodes["${id}"]`]);
  return [];
}

function readOne(graph: unknown, where: string): RawGraph {
  const raw = emptyRawGraph();
  if (!isObject(graph)) {
    raw.problems.error(where, 'must be an object with "nodes" and "edges"');
    return raw;
  }
  const label = idText(graph.label) ?? idText(graph.id);
  const titled: RawGraph = { ...raw, ...(label !== undefined && { title: label }) };
  if (Array.isArray(graph.hyperedges) && graph.hyperedges.length > 0)
    titled.problems.error(
      `${where}.hyperedges`,
      `${graph.hyperedges.length} hyperedges (edges joining groups of nodes): this explorer draws relations between two nodes only`,
    );
  for (const [id, node, path] of nodeEntries(graph.nodes, where)) {
    titled.nodes.push({
      id,
      attributes: isObject(node) ? attributesOf(node, NODE_FIELDS) : new Map<string, unknown>(),
      where: path,
    });
  }
  const edges = Array.isArray(graph.edges) ? graph.edges : [];
  edges.forEach((edge, index) => {
    const path = `${where}.edges[${index}]`;
    const source = isObject(edge) ? idText(edge.source) : undefined;
    const target = isObject(edge) ? idText(edge.target) : undefined;
    if (!isObject(edge) || source === undefined || target === undefined) {
      titled.problems.error(path, 'an edge needs "source" and "target"');
      return;
    }
    titled.edges.push({
      id: idText(edge.id),
      source,
      target,
      attributes: attributesOf(edge, EDGE_FIELDS),
      where: path,
    });
  });
  return titled;
}

export function readJgf(value: unknown, options: ImportOptions): RawImport {
  const version = isObject(value) && isObject(value.graph) && isObject(value.graph.nodes) ? 2 : 1;
  const { graphs, path } = isObject(value) ? graphsOf(value) : { graphs: [], path: () => '' };
  const choices: GraphChoice[] = graphs.map((graph, index) => ({
    label: (isObject(graph) ? (idText(graph.label) ?? idText(graph.id)) : undefined) ?? `Graph ${index + 1}`,
    nodes: isObject(graph) ? nodeEntries(graph.nodes, '').length : 0,
    edges: isObject(graph) && Array.isArray(graph.edges) ? graph.edges.length : 0,
  }));
  const index = Math.min(Math.max(options.graph ?? 0, 0), Math.max(graphs.length - 1, 0));
  const raw = graphs.length === 0 ? emptyRawGraph() : readOne(graphs[index], path(index));
  if (graphs.length === 0) raw.problems.error('graphs', 'the file lists no graph');
  return { raw, format: `JSON Graph Format v${version}`, graphs: choices, graphIndex: index };
}
