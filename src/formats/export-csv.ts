import Papa from 'papaparse';
import type { GraphEdge, GraphNode } from '../graph/graph-model.ts';
import type { ExportScope } from './export-subgraph.ts';

/**
 * The visible part of the graph as two CSV files, the pair the CSV importer reads back together (select
 * both in Open…): nodes (Id, Label, Type, Aliases, Summary, then every attribute) and edges (Source,
 * Target, Type, Label, Start, End, Former).
 *
 * A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe, so opening the export in Excel or LibreOffice runs nothing a stranger wrote
 * (OWASP "CSV injection"). papaparse does the quoting; its own formula pattern misses a formula followed
 * by a line break, so the pattern here is just the first character.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const unparse = (fields: string[], rows: unknown[][]): string =>
  Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });

/** Attribute values as a cell: text as it is, anything else as JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function shownNodes(scope: ExportScope): GraphNode[] {
  return [...scope.graph.nodes.values()].filter((node) => scope.nodes.has(node.id));
}

export function exportCsvNodes(scope: ExportScope): string {
  const nodes = shownNodes(scope);
  // Attribute names in order of first use; a Set, as names come from the file (`__proto__` included).
  const attributes = [...new Set(nodes.flatMap((node) => [...node.attributes.keys()]))];
  const reserved = new Set(['Id', 'Label', 'Type', 'Aliases', 'Summary']);
  const columns = attributes.filter((name) => !reserved.has(name));
  return unparse(
    ['Id', 'Label', 'Type', 'Aliases', 'Summary', ...columns],
    nodes.map((node) => [
      node.id,
      node.label,
      node.type,
      node.aliases.join('; '),
      node.summary ?? '',
      ...columns.map((name) => cell(node.attributes.get(name))),
    ]),
  );
}

function edgeShown(scope: ExportScope, edge: GraphEdge): boolean {
  return scope.edges.has(edge.id) && scope.nodes.has(edge.source) && scope.nodes.has(edge.target);
}

export function exportCsvEdges(scope: ExportScope): string {
  const edges = [...scope.graph.edges.values()].filter((edge) => edgeShown(scope, edge));
  return unparse(
    ['Source', 'Target', 'Type', 'Label', 'Start', 'End', 'Former'],
    edges.map((edge) => [
      edge.source,
      edge.target,
      edge.type,
      edge.title ?? '',
      edge.start?.iso ?? '',
      edge.end?.iso ?? '',
      edge.former ? 'true' : '',
    ]),
  );
}
