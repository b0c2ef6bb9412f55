import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, positionFrom, type RawGraph } from './raw-graph.ts';
import { graphmlKeys, nodeGraphics, type GraphmlKey } from './graphml-keys.ts';
import { attribute, child, children, parseXml, text, typedValue, type XmlElement } from './xml-tree.ts';

/**
 * GraphML: `<key>` declarations (name, type, default) for nodes and edges and their `<data>`, yEd's
 * node graphics (label, position, fill), nested graphs as compound parents. `x`/`y` keys are read as
 * positions. Data for a key the file never declared is an error naming the key.
 */

interface Context {
  readonly raw: RawGraph;
  readonly keys: ReadonlyMap<string, GraphmlKey>;
  /** Undeclared key → where it was first used and how often. */
  readonly undeclared: Map<string, { first: string; count: number }>;
}

function dataOf(context: Context, element: XmlElement, kind: 'node' | 'edge', where: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const key of context.keys.values()) {
    if ((key.for === kind || key.for === 'all') && key.default !== undefined)
      out.set(key.name, typedValue(key.default, key.type));
  }
  for (const data of children(element, 'data')) {
    const id = attribute(data, 'key') ?? '';
    const key = context.keys.get(id);
    if (!key) {
      const seen = context.undeclared.get(id);
      context.undeclared.set(id, { first: seen?.first ?? where, count: (seen?.count ?? 0) + 1 });
      continue;
    }
    if (key.graphics) {
      for (const [name, value] of nodeGraphics(data)) out.set(name, value);
      continue;
    }
    out.set(key.name, typedValue(text(data) ?? '', key.type));
  }
  return out;
}

function readGraph(context: Context, graph: XmlElement, parent: string | undefined): void {
  const { raw } = context;
  const directed = attribute(graph, 'edgedefault') === 'directed';
  for (const node of children(graph, 'node')) {
    const id = attribute(node, 'id');
    const where = `node ${raw.nodes.length + 1}${id === undefined ? '' : ` (id "${id}")`}`;
    if (id === undefined) raw.problems.error(where, 'a node needs an id');
    const attributes = dataOf(context, node, 'node', where);
    const position = positionFrom(attributes.get('x'), attributes.get('y'));
    if (position) {
      attributes.delete('x');
      attributes.delete('y');
    }
    raw.nodes.push({ id, attributes, where, ...(position && { position }), ...(parent !== undefined && { parent }) });
    for (const nested of children(node, 'graph')) readGraph(context, nested, id);
  }
  for (const edge of children(graph, 'edge')) {
    const id = attribute(edge, 'id');
    const where = `edge ${raw.edges.length + 1}${id === undefined ? '' : ` (id "${id}")`}`;
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      raw.problems.error(where, 'an edge needs "source" and "target"');
      continue;
    }
    const attributes = dataOf(context, edge, 'edge', where);
    const own = attribute(edge, 'directed');
    if (own !== undefined ? own === 'false' : !directed) attributes.set('directed', false);
    raw.edges.push({ id, source, target, attributes, where });
  }
}

export function readGraphml(text: string): RawImport {
  const raw = emptyRawGraph();
  const format = 'GraphML';
  const root = parseXml(text, raw.problems);
  if (!root) return { raw, format };
  const graph = child(root, 'graph');
  if (!graph) {
    raw.problems.error('graphml', 'no <graph> element');
    return { raw, format };
  }
  const context: Context = { raw, keys: graphmlKeys(root), undeclared: new Map() };
  readGraph(context, graph, undefined);
  for (const [key, { first, count }] of context.undeclared) {
    raw.problems.error(
      `${first} data key="${key}"`,
      `no <key id="${key}"> is declared (used ${count} time${count === 1 ? '' : 's'})`,
    );
  }
  const title = attribute(graph, 'id');
  return { raw: title === undefined ? raw : { ...raw, title }, format };
}
