import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, entriesOf, idText, isObject, positionFrom, type RawGraph } from './raw-graph.ts';

/**
 * Node-link JSON as d3, networkx (`node_link_data`) and Vega write it: `nodes` and `links` (or
 * `edges`), each link's ends given by node id or, when no node has that id, by position in `nodes`.
 * A node without an id is known by its position, as d3 does.
 */

export function isNodeLink(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.nodes) && (Array.isArray(value.links) || Array.isArray(value.edges));
}

const NODE_FIELDS = new Set(['id', 'x', 'y', 'index', 'vx', 'vy', 'fx', 'fy']);
const LINK_FIELDS = new Set(['id', 'source', 'target', 'index']);

export function readNodeLink(value: unknown): RawImport {
  const raw: RawGraph = emptyRawGraph();
  if (!isObject(value) || !Array.isArray(value.nodes)) return { raw, format: 'node-link JSON' };
  const ids = value.nodes.map((node, index) => (isObject(node) ? idText(node.id) : undefined) ?? String(index));
  const known = new Set(ids);
  value.nodes.forEach((node, index) => {
    const where = `nodes[${index}]`;
    const position = isObject(node) ? positionFrom(node.x, node.y) : undefined;
    raw.nodes.push({ id: ids[index], attributes: entriesOf(node, NODE_FIELDS), where, ...(position && { position }) });
  });
  const end = (ref: unknown): string | undefined => {
    // d3 replaces ends by the node objects once a simulation ran.
    const given = isObject(ref) ? idText(ref.id) : idText(ref);
    if (given !== undefined && known.has(given)) return given;
    return typeof ref === 'number' && Number.isInteger(ref) ? ids[ref] : given;
  };
  const key = Array.isArray(value.links) ? 'links' : 'edges';
  const links: unknown[] = Array.isArray(value.links) ? value.links : Array.isArray(value.edges) ? value.edges : [];
  links.forEach((link, index) => {
    const where = `${key}[${index}]`;
    const source = isObject(link) ? end(link.source) : undefined;
    const target = isObject(link) ? end(link.target) : undefined;
    if (!isObject(link) || source === undefined || target === undefined) {
      raw.problems.error(where, 'a link needs "source" and "target"');
      return;
    }
    raw.edges.push({ id: idText(link.id), source, target, attributes: entriesOf(link, LINK_FIELDS), where });
  });
  const title = isObject(value.graph) ? idText(value.graph.name) : undefined;
  return { raw: title === undefined ? raw : { ...raw, title }, format: 'node-link JSON' };
}
