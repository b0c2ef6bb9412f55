import XMLBuilder from 'fast-xml-builder';
import type { Attributes } from '../graph/graph-model.ts';
import { xmlSafe, type ExportScope } from './export-subgraph.ts';

/**
 * The visible subgraph as GraphML (for Gephi, yEd, Cytoscape desktop, networkx): label, type and
 * position of each node, relation type and title of each edge, and every attribute as a declared
 * `<key>` (lists and objects as JSON text). Text is escaped by the XML builder; characters XML
 * cannot hold are dropped.
 */

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

type Kind = 'node' | 'edge';

interface Key {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly type: 'string' | 'double';
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? '';
}

class Keys {
  readonly list: Key[] = [];
  private readonly byName = new Map<string, Key>();

  key(kind: Kind, name: string, type: Key['type'] = 'string'): Key {
    const found = this.byName.get(`${kind}\u0000${name}`);
    if (found) return found;
    const key: Key = { id: `${kind === 'node' ? 'n' : 'e'}${this.list.length}`, kind, name, type };
    this.list.push(key);
    this.byName.set(`${kind}\u0000${name}`, key);
    return key;
  }
}

function data(keys: Keys, kind: Kind, fields: ReadonlyArray<readonly [string, unknown]>, attributes: Attributes) {
  const out: Array<Record<string, string>> = [];
  const add = (name: string, value: unknown, type: Key['type'] = 'string') => {
    if (value === undefined || value === null) return;
    out.push({ '@key': keys.key(kind, name, type).id, '#text': xmlSafe(scalarText(value)) });
  };
  for (const [name, value] of fields) add(name, value, typeof value === 'number' ? 'double' : 'string');
  // An attribute named like a field gets a prefix, so a re-import does not read it as that field.
  const taken = new Set(fields.map(([name]) => name));
  for (const [name, value] of attributes) add(taken.has(name) ? `attribute ${name}` : name, value);
  return out;
}

export function exportGraphml(scope: ExportScope): string {
  const { graph } = scope;
  const keys = new Keys();
  const nodes = [...graph.nodes.values()]
    .filter((node) => scope.nodes.has(node.id))
    .map((node) => {
      const at = scope.positions.get(node.id) ?? node.position;
      const fields: Array<[string, unknown]> = [
        ['label', node.label],
        ['type', node.type],
        ['x', at?.x],
        ['y', at?.y],
      ];
      return { '@id': xmlSafe(node.id), data: data(keys, 'node', fields, node.attributes) };
    });
  const edges = [...graph.edges.values()]
    .filter((edge) => scope.edges.has(edge.id) && scope.nodes.has(edge.source) && scope.nodes.has(edge.target))
    .map((edge) => {
      const fields: Array<[string, unknown]> = [
        ['type', edge.type],
        // GraphML readers (this one too) take an edge's `label` as its caption.
        ['label', edge.title],
        ['start', edge.start?.iso],
        ['end', edge.end?.iso],
      ];
      return {
        '@id': xmlSafe(edge.id),
        '@source': xmlSafe(edge.source),
        '@target': xmlSafe(edge.target),
        data: data(keys, 'edge', fields, edge.attributes),
      };
    });
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    graphml: {
      '@xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys.list.map((key) => ({
        '@id': key.id,
        '@for': key.kind,
        '@attr.name': xmlSafe(key.name),
        '@attr.type': key.type,
      })),
      graph: { '@id': xmlSafe(graph.title), '@edgedefault': 'directed', node: nodes, edge: edges },
    },
  };
  return builder.build(document);
}
