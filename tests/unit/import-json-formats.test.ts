import { describe, expect, it } from 'vitest';
import { organisationMembers } from '../../src/graph/organisation-members.ts';
import { messages, opened, readText } from './support/read-text.ts';

const json = (value: unknown) => JSON.stringify(value);
const relations = (graph: ReturnType<typeof opened>) =>
  [...graph.edges.values()].map((edge) => `${edge.source} ${edge.type} ${edge.target}`);

describe('Cytoscape.js JSON', () => {
  it('reads an elements array, { elements: { nodes, edges } } and a bare { nodes, edges } alike', () => {
    const nodes = [{ data: { id: 'a', name: 'Ann' }, position: { x: 1, y: 2 } }, { data: { id: 'b' } }];
    const edges = [{ data: { id: 'ab', source: 'a', target: 'b', interaction: 'pp' } }];
    for (const file of [[...nodes, ...edges], { elements: { nodes, edges } }, { nodes, edges }]) {
      const result = readText(json(file));
      const graph = opened(result);
      expect(result.report.summary?.format).toBe('Cytoscape.js JSON');
      expect(graph.nodes.get('a')).toMatchObject({ label: 'Ann', position: { x: 1, y: 2 } });
      expect(relations(graph)).toEqual(['a pp b']);
    }
  });

  it('reads .cyjs (Cytoscape desktop) with its network name as the title', () => {
    const file = {
      format_version: '1.0',
      generated_by: 'cytoscape-3.9.1',
      data: { name: 'My network' },
      elements: { nodes: [{ data: { id: '1', SUID: 1, shared_name: 'x' } }], edges: [] },
    };
    const result = readText(json(file));
    expect(result.report.summary?.format).toBe('Cytoscape desktop (.cyjs)');
    expect(opened(result).title).toBe('My network');
  });

  it('turns compound parents into organisations their children are part of', () => {
    const graph = opened(
      readText(
        json([
          { data: { id: 'org' } },
          { data: { id: 'p1', parent: 'org', type: 'person' } },
          { data: { id: 'x', parent: 'org' } },
        ]),
      ),
    );
    expect(graph.nodes.get('org')?.type).toBe('organization');
    expect(relations(graph)).toEqual(['p1 holds_role org', 'x part_of org']);
    // Ticking the parent in the organisation filter shows every child.
    expect([...organisationMembers(graph, ['org'], { currentOnly: false })].sort()).toEqual(['org', 'p1', 'x']);
  });

  it('gives nodes and edges without ids fresh ids that collide with nothing', () => {
    const graph = opened(
      readText(json([{ data: { id: 'node-2' } }, { data: {} }, { data: { source: 'node-2', target: 'node-2' } }])),
    );
    expect([...graph.nodes.keys()]).toEqual(['node-2', 'node-2-2']);
    expect([...graph.edges.keys()]).toEqual(['edge-1']);
  });

  it('drops a repeated node id with a warning, keeping the first', () => {
    const result = readText(json([{ data: { id: 'a', name: 'first' } }, { data: { id: 'a', name: 'second' } }]));
    expect(opened(result).nodes.get('a')?.label).toBe('first');
    expect(messages(result).join()).toContain('repeated an id already used; dropped');
  });

  it('keeps ids such as __proto__ and constructor as data', () => {
    const text =
      '[{"data":{"id":"__proto__","name":"P"}},{"data":{"id":"constructor"}},{"data":{"source":"__proto__","target":"constructor","__proto__":"x"}}]';
    const graph = opened(readText(text));
    expect(graph.nodes.get('__proto__')?.label).toBe('P');
    expect([...graph.edges.values()][0]?.attributes.get('__proto__')).toBe('x');
  });
});

describe('JSON Graph Format', () => {
  it('reads version 1 (nodes in an array) with metadata as attributes and relation as the type', () => {
    const file = {
      graph: {
        label: 'G',
        nodes: [{ id: 'a', label: 'A', metadata: { role: 'x' } }, { id: 'b' }],
        edges: [{ source: 'a', target: 'b', relation: 'likes' }],
      },
    };
    const result = readText(json(file));
    const graph = opened(result);
    expect(result.report.summary?.format).toBe('JSON Graph Format v1');
    expect(graph.title).toBe('G');
    expect(graph.nodes.get('a')?.attributes.get('role')).toBe('x');
    expect(relations(graph)).toEqual(['a likes b']);
  });

  it('reads version 2 (nodes keyed by id)', () => {
    const result = readText(
      json({ graph: { nodes: { a: { label: 'A' }, b: {} }, edges: [{ source: 'a', target: 'b' }] } }),
    );
    expect(result.report.summary?.format).toBe('JSON Graph Format v2');
    expect(opened(result).nodes.get('a')?.label).toBe('A');
  });

  it('lists the graphs of a multi-graph file and opens the one chosen', () => {
    const file = {
      graphs: [
        { label: 'One', nodes: [{ id: 'a' }], edges: [] },
        { label: 'Two', nodes: [{ id: 'x' }, { id: 'y' }], edges: [{ source: 'x', target: 'y' }] },
      ],
    };
    const first = readText(json(file));
    expect(first.report.summary?.graphs).toEqual([
      { label: 'One', nodes: 1, edges: 0 },
      { label: 'Two', nodes: 2, edges: 1 },
    ]);
    const second = opened(readText(json(file), 'f', { graph: 1 }));
    expect([...second.nodes.keys()]).toEqual(['x', 'y']);
  });

  it('refuses hyperedges, saying why', () => {
    const result = readText(json({ graph: { nodes: { a: {}, b: {} }, hyperedges: [{ nodes: ['a', 'b'] }] } }));
    expect(messages(result, 'errors')).toEqual([
      'graph.hyperedges: 1 hyperedges (edges joining groups of nodes): this explorer draws relations between two nodes only',
    ]);
  });
});

describe('node-link JSON (d3, networkx, Vega)', () => {
  it('resolves links by index when nodes have no ids (d3, Vega)', () => {
    const graph = opened(
      readText(json({ nodes: [{ name: 'Ann' }, { name: 'Bob' }], links: [{ source: 0, target: 1, value: 3 }] })),
    );
    expect([...graph.nodes.values()].map((node) => `${node.id}:${node.label}`)).toEqual(['0:Ann', '1:Bob']);
    expect(relations(graph)).toEqual(['0 related_to 1']);
  });

  it('resolves links by id (networkx node_link_data), numeric ids included', () => {
    const file = {
      directed: true,
      multigraph: false,
      graph: { name: 'nx' },
      nodes: [{ id: 10 }, { id: 20 }],
      links: [{ source: 20, target: 10 }],
    };
    const result = readText(json(file));
    expect(result.report.summary?.format).toBe('node-link JSON');
    expect(relations(opened(result))).toEqual(['20 related_to 10']);
    expect(opened(result).title).toBe('nx');
  });

  it('reports JSON syntax errors with line and column', () => {
    expect(messages(readText('{"nodes": [\n  {"id": 1},\n]}'), 'errors')[0]).toMatch(
      /^line 2, column 12: JSON syntax error/,
    );
  });

  it('refuses JSON of another shape, naming what it reads', () => {
    expect(messages(readText('{"hello": 1}', 'x.json'), 'errors')[0]).toContain(
      'JSON, but not a graph format this explorer reads',
    );
  });
});
