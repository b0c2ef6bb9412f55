import { isObject } from './raw-graph.ts';
import { isCytoscapeJson } from './cyjs.ts';
import { isJgf } from './jgf.ts';
import { isNodeLink } from './node-link.ts';
import { xmlRootName } from './xml-tree.ts';

export type FormatId = 'v1' | 'cytoscape' | 'jgf' | 'node-link' | 'gexf' | 'graphml' | 'csv';

export type Detected =
  | { readonly format: 'v1' | 'cytoscape' | 'jgf' | 'node-link'; readonly value: unknown }
  | { readonly format: 'gexf' | 'graphml' | 'csv' }
  | { readonly format: 'json'; readonly value: unknown }
  | { readonly format: 'xml'; readonly root: string | undefined }
  | { readonly format: 'empty' };

/** JSON value shapes, most specific first: a format-v1 file also has `nodes` and `edges`. */
function jsonFormat(value: unknown): Detected {
  if (isObject(value) && value.version === 1 && Array.isArray(value.nodes)) return { format: 'v1', value };
  if (isJgf(value)) return { format: 'jgf', value };
  if (isCytoscapeJson(value)) return { format: 'cytoscape', value };
  if (isNodeLink(value) && isObject(value)) {
    // `{ nodes: [{ data }], edges: [{ data }] }` is Cytoscape's elements object without the wrapper.
    const { nodes } = value;
    const cytoscape = Array.isArray(nodes) && nodes.every((node) => isObject(node) && isObject(node.data));
    return cytoscape ? { format: 'cytoscape', value: { elements: value } } : { format: 'node-link', value };
  }
  return { format: 'json', value };
}

/**
 * Which format a text is in, judged by its content (never by the file's extension or the server's
 * Content-Type, both often wrong): JSON by its shape, XML by its root element, anything else is read
 * as a delimited table. `json` and `xml` mean "JSON or XML, but no graph format we know".
 * `parseJson` gets the text only when it looks like JSON, so the caller can report syntax errors.
 */
export function detectFormat(text: string, parseJson: (text: string) => unknown): Detected {
  const start = text.trimStart();
  if (start === '') return { format: 'empty' };
  if (start.startsWith('{') || start.startsWith('[')) return jsonFormat(parseJson(start));
  if (start.startsWith('<')) {
    const root = xmlRootName(start);
    if (root === 'gexf') return { format: 'gexf' };
    if (root === 'graphml') return { format: 'graphml' };
    return { format: 'xml', root };
  }
  return { format: 'csv' };
}
