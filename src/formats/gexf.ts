import type { ProblemList } from '../graph/parse-report.ts';
import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, positionFrom, type RawGraph } from './raw-graph.ts';
import { attribute, child, children, parseXml, text, typedValue, type XmlElement } from './xml-tree.ts';

/**
 * GEXF 1.1–1.3 (Gephi): declared attributes (`<attributes class="node|edge">`) and their values,
 * labels, `viz` positions and colours, edge kinds and weights, nested nodes (`pid`, or nodes inside a
 * node) as compound parents. A value for an attribute the file never declared is an error.
 */

interface Declared {
  readonly title: string;
  readonly type: string | undefined;
}

function declarations(graph: XmlElement | undefined, kind: 'node' | 'edge'): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const group of children(graph, 'attributes')) {
    if ((attribute(group, 'class') ?? 'node') !== kind) continue;
    for (const item of children(group, 'attribute')) {
      const id = attribute(item, 'id');
      if (id !== undefined) out.set(id, { title: attribute(item, 'title') ?? id, type: attribute(item, 'type') });
    }
  }
  return out;
}

function colour(element: XmlElement): string | undefined {
  const viz = child(element, 'color');
  if (!viz) return undefined;
  const hex = attribute(viz, 'hex');
  if (hex !== undefined) return hex;
  const [r, g, b] = ['r', 'g', 'b'].map((name) => Number(attribute(viz, name) ?? 0));
  const a = attribute(viz, 'a');
  return a === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
}

function values(
  element: XmlElement,
  declared: ReadonlyMap<string, Declared>,
  where: string,
  problems: ProblemList,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const value of children(child(element, 'attvalues'), 'attvalue')) {
    const key = attribute(value, 'for') ?? attribute(value, 'id') ?? '';
    const declaration = declared.get(key);
    if (!declaration) {
      problems.error(`${where} attvalue for="${key}"`, `no attribute "${key}" is declared in <attributes>`);
      continue;
    }
    out.set(declaration.title, typedValue(attribute(value, 'value') ?? text(value) ?? '', declaration.type));
  }
  return out;
}

function readNodes(raw: RawGraph, container: XmlElement | undefined, declared: Map<string, Declared>, parent?: string) {
  for (const node of children(child(container, 'nodes'), 'node')) {
    const id = attribute(node, 'id');
    const where = `node ${raw.nodes.length + 1}${id === undefined ? '' : ` (id "${id}")`}`;
    if (id === undefined) raw.problems.error(where, 'a node needs an id');
    const attributes = values(node, declared, where, raw.problems);
    const label = attribute(node, 'label');
    if (label !== undefined) attributes.set('label', label);
    const fill = colour(node);
    if (fill !== undefined) attributes.set('color', fill);
    const size = attribute(child(node, 'size'), 'value');
    if (size !== undefined) attributes.set('size', Number(size));
    const at = child(node, 'position');
    const position = at ? positionFrom(attribute(at, 'x'), attribute(at, 'y')) : undefined;
    const parentId = attribute(node, 'pid') ?? parent;
    raw.nodes.push({
      id,
      attributes,
      where,
      ...(position && { position }),
      ...(parentId !== undefined && { parent: parentId }),
    });
    if (id !== undefined) readNodes(raw, node, declared, id);
  }
}

function readEdges(raw: RawGraph, graph: XmlElement | undefined, declared: Map<string, Declared>, directed: boolean) {
  children(child(graph, 'edges'), 'edge').forEach((edge, index) => {
    const id = attribute(edge, 'id');
    const where = `edge ${index + 1}${id === undefined ? '' : ` (id "${id}")`}`;
    const source = attribute(edge, 'source');
    const target = attribute(edge, 'target');
    if (source === undefined || target === undefined) {
      raw.problems.error(where, 'an edge needs "source" and "target"');
      return;
    }
    const attributes = values(edge, declared, where, raw.problems);
    for (const name of ['label', 'kind', 'weight']) {
      const value = attribute(edge, name);
      if (value !== undefined) attributes.set(name, name === 'weight' ? typedValue(value, 'double') : value);
    }
    const type = attribute(edge, 'type');
    if (type !== undefined ? type !== 'directed' : !directed) attributes.set('directed', false);
    const fill = colour(edge);
    if (fill !== undefined) attributes.set('color', fill);
    raw.edges.push({ id, source, target, attributes, where });
  });
}

export function readGexf(text: string): RawImport {
  const raw = emptyRawGraph();
  const root = parseXml(text, raw.problems);
  const version = attribute(root, 'version') ?? '1.2';
  const format = `GEXF ${version}`;
  if (!root) return { raw, format };
  const graph = child(root, 'graph');
  if (!graph) raw.problems.error('gexf', 'no <graph> element');
  const meta = child(root, 'meta');
  const title = textOf(child(meta, 'title'));
  const description = textOf(child(meta, 'description'));
  const full: RawGraph = {
    ...raw,
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
  };
  readNodes(full, graph, declarations(graph, 'node'));
  readEdges(full, graph, declarations(graph, 'edge'), attribute(graph, 'defaultedgetype') !== 'undirected');
  return { raw: full, format };
}

function textOf(element: XmlElement | undefined): string | undefined {
  const value = text(element)?.trim();
  return value === '' ? undefined : value;
}
