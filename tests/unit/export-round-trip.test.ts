import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { exportFileName, type ExportScope } from '../../src/formats/export-subgraph.ts';
import { exportGraphml } from '../../src/formats/export-graphml.ts';
import { exportSvg } from '../../src/formats/export-svg.ts';
import { exportV1Text } from '../../src/formats/export-v1.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { opened, readText } from './support/read-text.ts';

const everything = (graph: Graph, positions = new Map<string, { x: number; y: number }>()): ExportScope => ({
  graph,
  nodes: new Set(graph.nodes.keys()),
  edges: new Set(graph.edges.keys()),
  positions,
});

/** What must survive a round trip, without the graph id (an opened file's id is where it came from). */
function essence(graph: Graph) {
  return {
    title: graph.title,
    nodes: [...graph.nodes.values()].map((node) => ({
      ...node,
      links: [...node.links],
      attributes: [...node.attributes],
    })),
    edges: [...graph.edges.values()].map((edge) => ({ ...edge, attributes: [...edge.attributes] })),
    sources: [...graph.sources.values()],
  };
}

const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', '栾剑', 'a,b~c'),
);

const arbitraryGraph = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(
        ...ids.map((nodeId) =>
          fc.record({
            id: fc.constant(nodeId),
            // Labels are trimmed on import (a blank label falls back to the id), so they start trimmed here.
            label: fc.string({ minLength: 1, maxLength: 10 }).filter((text) => text.trim() === text && text !== ''),
            type: fc.constantFrom('person', 'organization', 'product'),
            position: fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
            attributes: fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.oneof(fc.string(), fc.integer()), {
              maxKeys: 2,
            }),
          }),
        ),
      ),
      edges: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 8 }),
    }),
  )
  .map(({ nodes, edges }) => ({
    version: 1,
    id: 'g',
    title: 'G',
    nodes,
    edges: edges.map(([source, target], index) => ({ id: `edge ${index}`, source, target, type: 'part_of' })),
  }));

describe('export, then import again', () => {
  it('format-v1 JSON of the whole bundled graph re-imports to the same graph', () => {
    const graph = bundledGraph();
    const again = opened(readText(exportV1Text(everything(graph)), 'export.json'));
    expect(essence(again)).toEqual(essence(graph));
  });

  it('format-v1 JSON keeps the drawn positions, so the file opens with no layout run', () => {
    const graph = bundledGraph();
    const positions = new Map([...graph.nodes.keys()].map((key, index) => [key, { x: index * 10.5, y: 100 - index }]));
    const again = opened(readText(exportV1Text(everything(graph, positions))));
    expect([...again.nodes.values()].map((node) => node.position)).toEqual([...positions.values()]);
  });

  it('format-v1 JSON holds only the visible subgraph: no edge loses an end', () => {
    const graph = bundledGraph();
    const [first, second] = [...graph.nodes.keys()];
    const scope = { ...everything(graph), nodes: new Set([first ?? '', second ?? '']) };
    const again = opened(readText(exportV1Text(scope)));
    expect([...again.nodes.keys()]).toEqual([first, second]);
    for (const edge of again.edges.values()) expect([first, second]).toContain(edge.source);
  });

  it('any graph (odd ids, CJK, __proto__) survives JSON and GraphML round trips', () => {
    fc.assert(
      fc.property(arbitraryGraph, (file) => {
        const graph = parseGraph(file).graph;
        if (!graph) return;
        expect(essence(opened(readText(exportV1Text(everything(graph)))))).toEqual(essence(graph));
        const viaGraphml = opened(readText(exportGraphml(everything(graph)), 'g.graphml'));
        const brief = (g: Graph) =>
          [...g.nodes.values()].map((node) => [node.id, node.label, node.type, node.position]);
        expect(brief(viaGraphml)).toEqual(brief(graph));
        expect([...viaGraphml.edges.values()].map((edge) => [edge.id, edge.source, edge.target, edge.type])).toEqual(
          [...graph.edges.values()].map((edge) => [edge.id, edge.source, edge.target, edge.type]),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('SVG export', () => {
  it('keeps labels as text: markup in a label is escaped, and reads back as the same characters', () => {
    const label = '<script>alert("x")</script> & Ω';
    const svg = exportSvg(
      { nodes: [{ label, x: 0, y: 0, width: 20, height: 20, color: 'rgb(1,2,3)', round: true }], edges: [] },
      'T <&>',
    );
    expect(svg).not.toContain('<script>');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { title: string; g: Array<{ g?: { text: { '#text': string } } }> };
    };
    expect(parsed.svg.title).toBe('T <&>');
    expect(parsed.svg.g[1]?.g?.text['#text']).toBe(label);
  });

  it('never writes a colour that could break out of its attribute', () => {
    const svg = exportSvg(
      { nodes: [{ label: 'a', x: 0, y: 0, width: 1, height: 1, color: 'red" onload="x', round: false }], edges: [] },
      't',
    );
    expect(svg).toContain('fill="#888888"');
  });
});

describe('export file names', () => {
  it.each([
    ['xiaomi-ai', 'xiaomi-ai-2026-12-02.png'],
    ['file:my-graph-gexf-0123abcd', 'my-graph-gexf-0123abcd-2026-12-02.png'],
    ['https://example.org/data/Les Misérables.gexf?x=1', 'les-miserables-2026-12-02.png'],
  ])('%s → %s', (graphId, name) => {
    expect(exportFileName(graphId, new Date('2026-12-02T10:00:00Z'), 'png')).toBe(name);
  });
});
