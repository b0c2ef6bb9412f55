import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsvEdges, exportCsvNodes, FORMULA_START } from '../../src/formats/export-csv.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { readGraph } from '../../src/sources/read-graph.ts';

// Every text field starts with something a spreadsheet would run.
const FORMULAS = ['=HYPERLINK("https://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '=1\n+2'];

function hostileGraph() {
  const { graph } = parseGraph({
    version: 1,
    id: 'csv',
    title: 'CSV',
    nodes: FORMULAS.map((text, index) => ({
      id: `${text}#${index}`,
      label: text,
      type: 'person',
      aliases: [text],
      summary: text,
      // A computed key is an own property, as JSON.parse makes it.
      attributes: { note: text, ['__proto__']: text, count: index },
    })),
    edges: [
      {
        id: 'e',
        source: `${FORMULAS[0] ?? ''}#0`,
        target: `${FORMULAS[1] ?? ''}#1`,
        type: 'holds_role',
        title: '=cmd|" /C calc"!A0',
      },
    ],
  });
  if (!graph) throw new Error('refused');
  return graph;
}

const scopeOf = (graph: ReturnType<typeof hostileGraph>) => ({
  graph,
  nodes: new Set(graph.nodes.keys()),
  edges: new Set(graph.edges.keys()),
  positions: new Map(),
});

function cells(text: string): string[] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
}

describe('CSV export', () => {
  it('starts no cell with = + - @, a tab or a carriage return: each gets an apostrophe first', () => {
    const scope = scopeOf(hostileGraph());
    const nodes = cells(exportCsvNodes(scope));
    const edges = cells(exportCsvEdges(scope));
    for (const value of [...nodes, ...edges]) expect(FORMULA_START.test(value), JSON.stringify(value)).toBe(false);
    expect(nodes).toContain(`'${FORMULAS[0] ?? ''}`);
    expect(nodes).toContain("'=1\n+2");
    expect(nodes).toContain("'\tTAB");
    expect(edges).toContain(`'=cmd|" /C calc"!A0`);
  });

  it('writes every attribute as a column (a `__proto__` attribute too), numbers as numbers', () => {
    const [header, first] = Papa.parse<string[]>(exportCsvNodes(scopeOf(hostileGraph())), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(['Id', 'Label', 'Type', 'Aliases', 'Summary', 'note', '__proto__', 'count']);
    expect(first?.at(-1)).toBe('0');
  });

  it('reads back through the CSV importer as the same nodes and edges (edges and nodes opened together)', () => {
    const { graph } = parseGraph({
      version: 1,
      id: 'plain',
      title: 'Plain',
      nodes: [
        { id: 'ann', label: 'Ann', type: 'person' },
        { id: 'acme', label: 'Acme', type: 'organization' },
      ],
      edges: [{ id: 'e1', source: 'ann', target: 'acme', type: 'holds_role', title: 'Head', start: '2023-04' }],
    });
    if (!graph) throw new Error('refused');
    const scope = scopeOf(graph);
    const read = readGraph({
      files: [
        { name: 'edges.csv', text: exportCsvEdges(scope) },
        { name: 'nodes.csv', text: exportCsvNodes(scope) },
      ],
      identity: { id: 'file:x', title: 'x' },
      options: {},
    });
    expect([...(read.graph?.nodes.keys() ?? [])].sort()).toEqual(['acme', 'ann']);
    const edge = [...(read.graph?.edges.values() ?? [])][0];
    expect([edge?.source, edge?.target, edge?.type, edge?.title]).toEqual(['ann', 'acme', 'holds_role', 'Head']);
  });
});
