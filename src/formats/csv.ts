import Papa from 'papaparse';
import type { ProblemList } from '../graph/parse-report.ts';
import { squash } from './import-mapping.ts';
import type { RawImport } from './raw-import.ts';
import { emptyRawGraph, type RawGraph } from './raw-graph.ts';

/**
 * CSV/TSV edge lists (Gephi's and Kumu's spreadsheets): a header row with Source and Target columns
 * (or From/To), any other column an attribute (Type is read as the relation, Label as its title).
 * An optional second file lists the nodes (an Id column, then Label, Type…); without it the nodes are
 * the edges' ends. The delimiter is detected (comma, tab, semicolon, |); BOM and CRLF/CR line ends are fine.
 */

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

const SOURCE = ['source', 'from', 'src', 'sourceid', 'start'];
const TARGET = ['target', 'to', 'dst', 'targetid', 'end'];
const ID = ['id', 'nodeid', 'key', 'name', 'label'];

interface Table {
  readonly file: string;
  readonly header: string[];
  readonly rows: Array<Record<string, string>>;
}

function column(header: readonly string[], wanted: readonly string[]): string | undefined {
  for (const name of wanted) {
    const found = header.find((column) => squash(column) === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function readTable(file: TextFile, problems: ProblemList): Table {
  const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.trim(),
  });
  for (const error of parsed.errors.slice(0, 5)) {
    const line = error.row === undefined ? '' : `, line ${error.row + 2}`;
    problems.warn(`${file.name}${line}`, error.message);
  }
  return { file: file.name, header: parsed.meta.fields ?? [], rows: parsed.data };
}

function attributesOf(row: Record<string, string>, skip: readonly (string | undefined)[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(row)) {
    if (skip.includes(key) || key === '__parsed_extra' || value === '') continue;
    out.set(key, value);
  }
  return out;
}

function addNodes(raw: RawGraph, table: Table): void {
  const id = column(table.header, ID) ?? table.header[0];
  table.rows.forEach((row, index) => {
    const value = id === undefined ? '' : (row[id] ?? '').trim();
    const where = `${table.file}, line ${index + 2}`;
    if (value === '') raw.problems.warn(where, 'a node row without an id; skipped');
    else
      raw.nodes.push({
        id: value,
        attributes: attributesOf(row, id === column(table.header, ['label']) ? [] : [id]),
        where,
      });
  });
}

function addEdges(raw: RawGraph, table: Table, implied: boolean): void {
  const source = column(table.header, SOURCE);
  const target = column(table.header, TARGET);
  const seen = new Set(raw.nodes.map((node) => node.id));
  table.rows.forEach((row, index) => {
    const where = `${table.file}, line ${index + 2}`;
    const ends = [source, target].map((name) => (name === undefined ? '' : (row[name] ?? '').trim()));
    const [from = '', to = ''] = ends;
    if (from === '' || to === '') {
      raw.problems.warn(where, 'a row without a source or a target; skipped');
      return;
    }
    for (const end of implied ? ends : []) {
      if (!seen.has(end)) raw.nodes.push({ id: end, attributes: new Map(), where });
      seen.add(end);
    }
    raw.edges.push({ id: undefined, source: from, target: to, attributes: attributesOf(row, [source, target]), where });
  });
}

export function isEdgeTable(header: readonly string[]): boolean {
  return column(header, SOURCE) !== undefined && column(header, TARGET) !== undefined;
}

export function readCsv(files: readonly TextFile[]): RawImport {
  const raw = emptyRawGraph();
  const tables = files.map((file) => readTable(file, raw.problems));
  const edgeTables = tables.filter((table) => isEdgeTable(table.header));
  const nodeTables = tables.filter((table) => !isEdgeTable(table.header));
  if (tables.every((table) => table.header.length < 2))
    raw.problems.error(
      files[0]?.name ?? '',
      'not a graph file: no format recognised (a CSV needs a header row with Source and Target columns)',
    );
  for (const table of nodeTables) addNodes(raw, table);
  for (const table of edgeTables) addEdges(raw, table, nodeTables.length === 0);
  const delimiter = files.some((file) => file.text.includes('\t')) ? 'TSV' : 'CSV';
  const what = edgeTables.length > 0 ? 'edge list' : 'node list';
  return {
    raw,
    format: `${delimiter} ${what}${nodeTables.length > 0 && edgeTables.length > 0 ? ' with node file' : ''}`,
  };
}
