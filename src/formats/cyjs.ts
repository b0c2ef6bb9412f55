import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, entriesOf, idText, isObject, positionFrom, type RawGraph } from './raw-graph.ts';

/**
 * Cytoscape.js JSON: `cy.json()` output (`{ elements: [...] }` or `{ elements: { nodes, edges } }`),
 * a bare array of elements as the Cytoscape.js demos ship them, or Cytoscape desktop's `.cyjs`.
 * `data` holds id, source, target, parent and the attributes; `position` the saved position.
 */

const STRUCTURAL = new Set(['id', 'source', 'target', 'parent']);

/** True for a value shaped like Cytoscape.js elements. */
export function isCytoscapeJson(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => isObject(item) && isObject(item.data));
  if (!isObject(value)) return false;
  const { elements } = value;
  if (Array.isArray(elements)) return true;
  return isObject(elements) && (Array.isArray(elements.nodes) || Array.isArray(elements.edges));
}

interface Element {
  readonly value: unknown;
  readonly where: string;
  readonly group: 'nodes' | 'edges' | undefined;
}

function elementsOf(value: unknown): Element[] {
  const list = (items: unknown, prefix: string, group?: 'nodes' | 'edges'): Element[] =>
    Array.isArray(items)
      ? items.map((item: unknown, index) => ({ value: item, where: `${prefix}[${index}]`, group }))
      : [];
  if (Array.isArray(value)) return list(value, '');
  if (!isObject(value)) return [];
  const { elements } = value;
  if (Array.isArray(elements)) return list(elements, 'elements');
  if (!isObject(elements)) return [];
  return [...list(elements.nodes, 'elements.nodes', 'nodes'), ...list(elements.edges, 'elements.edges', 'edges')];
}

function addElement(raw: RawGraph, element: Element): void {
  const { value, where } = element;
  const data = isObject(value) ? value.data : undefined;
  if (!isObject(value) || !isObject(data)) {
    raw.problems.warn(where || 'elements', 'an element without "data"; skipped');
    return;
  }
  const group =
    element.group ??
    (value.group === 'edges' || (data.source !== undefined && data.target !== undefined) ? 'edges' : 'nodes');
  const attributes = entriesOf(data, STRUCTURAL);
  if (typeof value.classes === 'string' && value.classes.trim() !== '') attributes.set('classes', value.classes.trim());
  const id = idText(data.id);
  if (group === 'edges') {
    const source = idText(data.source);
    const target = idText(data.target);
    if (source === undefined || target === undefined) {
      raw.problems.error(`${where}.data`, 'an edge needs "source" and "target"');
      return;
    }
    raw.edges.push({ id, source, target, attributes, where });
    return;
  }
  const parent = idText(data.parent);
  const position = isObject(value.position) ? positionFrom(value.position.x, value.position.y) : undefined;
  raw.nodes.push({ id, attributes, where, ...(parent !== undefined && { parent }), ...(position && { position }) });
}

export function readCytoscapeJson(value: unknown): RawImport {
  const network = isObject(value) && isObject(value.data) ? value.data : undefined;
  const name = network ? (idText(network.name) ?? idText(network.shared_name)) : undefined;
  const raw: RawGraph = { ...emptyRawGraph(), ...(name !== undefined && { title: name }) };
  for (const element of elementsOf(value)) addElement(raw, element);
  const desktop =
    isObject(value) && typeof value.generated_by === 'string' && value.generated_by.startsWith('cytoscape');
  return { raw, format: desktop ? 'Cytoscape desktop (.cyjs)' : 'Cytoscape.js JSON' };
}
