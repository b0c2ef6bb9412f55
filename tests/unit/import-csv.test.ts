import { describe, expect, it } from 'vitest';
import { messages, opened, readFiles, readText } from './support/read-text.ts';

const edges = (graph: ReturnType<typeof opened>) =>
  [...graph.edges.values()].map(
    (edge) => `${edge.source}>${edge.target}:${edge.type}${edge.title ? `:${edge.title}` : ''}`,
  );

describe('CSV/TSV edge lists', () => {
  it('reads Source/Target/Type/Label: Type is the relation, Label its title, the ends are the nodes', () => {
    const graph = opened(readText('Source,Target,Type,Label\nann,acme,works for,CEO\nbob,acme,friend of,\n', 'g.csv'));
    expect([...graph.nodes.keys()]).toEqual(['ann', 'acme', 'bob']);
    expect(edges(graph)).toEqual(['ann>acme:holds_role:CEO', 'bob>acme:friend of']);
    expect(graph.edgeTypes.get('friend of')?.label).toBe('friend of');
  });

  it.each([
    ['tab', 'Source\tTarget\na\tb\n'],
    ['semicolon', 'Source;Target\na;b\n'],
    ['pipe', 'Source|Target\na|b\n'],
    ['BOM', '\uFEFFSource,Target\na,b\n'],
    ['CRLF', 'Source,Target\r\na,b\r\n'],
    ['CR', 'Source,Target\ra,b\r'],
    ['lower-case from/to', 'from,to\na,b'],
  ])('detects the layout with %s', (_name, text) => {
    const graph = opened(readText(text, 'g.csv'));
    expect(edges(graph)).toEqual(['a>b:related_to']);
  });

  it('keeps non-ASCII and numeric ids as they are written', () => {
    const graph = opened(readText('Source,Target\n栾剑,小米\n1,2\n007,1\n', 'g.csv'));
    expect([...graph.nodes.keys()]).toEqual(['栾剑', '小米', '1', '2', '007']);
  });

  it('keeps self-loops and parallel edges, and says so', () => {
    const result = readText('Source,Target\na,a\na,b\na,b\n', 'g.csv');
    expect(opened(result).edges.size).toBe(3);
    expect(messages(result).join('\n')).toContain('1 self-loop (g.csv, line 2: "a") kept');
  });

  it('makes edge ids that collide with no node id', () => {
    const graph = opened(readText('Source,Target\nedge-1,edge-2\n', 'g.csv'));
    expect([...graph.edges.keys()]).toEqual(['edge-1-2']);
  });

  it('reads a node file given with the edge file: labels, types, organisations', () => {
    const result = readFiles([
      { name: 'edges.csv', text: 'Source,Target\nann,acme\n' },
      { name: 'nodes.csv', text: 'Id,Label,Type\nann,Ann Lee,Person\nacme,Acme Inc.,Company\n' },
    ]);
    const graph = opened(result);
    expect(graph.nodes.get('ann')).toMatchObject({ label: 'Ann Lee', type: 'person' });
    expect(graph.nodes.get('acme')).toMatchObject({ label: 'Acme Inc.', type: 'organization' });
    expect(result.report.summary?.format).toBe('CSV edge list with node file');
  });

  it('names the line of an edge to a node the node file lacks', () => {
    const result = readFiles([
      { name: 'nodes.csv', text: 'Id\nann\n' },
      { name: 'edges.csv', text: 'Source,Target\nann,bob\n' },
    ]);
    expect(result.graph).toBeUndefined();
    expect(messages(result, 'errors')).toEqual(['edges.csv, line 2.target: no node "bob" in the file']);
  });

  it('skips rows without an end, with a warning naming the line', () => {
    const result = readText('Source,Target\na,b\n,c\n', 'g.csv');
    expect(opened(result).edges.size).toBe(1);
    expect(messages(result)).toContain('g.csv, line 3: a row without a source or a target; skipped');
  });

  it.each([
    ['an empty file', ''],
    ['white space', '  \n\r\n'],
  ])('refuses %s with a message', (_name, text) => {
    const result = readText(text, 'g.csv');
    expect(result.graph).toBeUndefined();
    expect(messages(result, 'errors')).toEqual(['g.csv: the file is empty']);
  });

  it('refuses plain text that is no table', () => {
    const result = readText('hello world', 'notes.txt');
    expect(result.graph).toBeUndefined();
    expect(messages(result, 'errors').join()).toContain('no format recognised');
  });
});
