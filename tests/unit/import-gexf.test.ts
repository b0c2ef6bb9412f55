import { describe, expect, it } from 'vitest';
import { messages, opened, readText } from './support/read-text.ts';

const gexf = (body: string, attributes = '') => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">${attributes}${body}</graph>
</gexf>`;

describe('GEXF', () => {
  it('reads declared attributes with their types, viz positions and colours', () => {
    const graph = opened(
      readText(
        gexf(
          `<nodes><node id="a" label="Ann"><attvalues><attvalue for="0" value="34"/><attvalue for="1" value="true"/></attvalues>
            <viz:position x="12.5" y="-3"/><viz:color r="230" g="159" b="0"/></node>
            <node id="b" label="Bob"><viz:position x="0" y="0"/></node></nodes>
          <edges><edge id="e" source="a" target="b" label="knows" weight="2"/></edges>`,
          '<attributes class="node"><attribute id="0" title="age" type="integer"/><attribute id="1" title="active" type="boolean"/></attributes>',
        ),
      ),
    );
    const ann = graph.nodes.get('a');
    expect(ann?.label).toBe('Ann');
    expect(ann?.position).toEqual({ x: 12.5, y: -3 });
    expect(Object.fromEntries(ann?.attributes ?? [])).toEqual({ age: 34, active: true, color: 'rgb(230, 159, 0)' });
    expect(graph.edges.get('e')).toMatchObject({ title: 'knows', type: 'related_to' });
    expect(graph.edges.get('e')?.attributes.get('weight')).toBe(2);
  });

  it('renames an edge whose id is a node id, and says so', () => {
    const result = readText(
      gexf('<nodes><node id="0"/><node id="1"/></nodes><edges><edge id="0" source="0" target="1"/></edges>'),
    );
    expect([...opened(result).edges.keys()]).toEqual(['edge-1']);
    expect(messages(result).join()).toContain('had the id of a node; given a new id');
  });

  it('labels a node without a label by its id, and says so', () => {
    const result = readText(gexf('<nodes><node id="n1" label="One"/><node id="n2"/></nodes>'));
    expect(opened(result).nodes.get('n2')?.label).toBe('n2');
    expect(messages(result).join()).toContain('had no "label"; the id is the label');
  });

  it('keeps self-loops and parallel edges', () => {
    const result = readText(
      gexf(
        '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="a"/><edge source="a" target="b"/><edge source="a" target="b"/></edges>',
      ),
    );
    expect(opened(result).edges.size).toBe(3);
    expect(messages(result).join()).toContain('1 self-loop');
  });

  it('reads BOM, CRLF, non-ASCII and numeric ids, and keeps markup in labels as text', () => {
    const text =
      `\uFEFF${gexf('<nodes><node id="栾剑" label="&lt;b&gt;Luan&lt;/b&gt;"/><node id="42" label="x"/></nodes><edges><edge source="栾剑" target="42"/></edges>')}`.replace(
        /\n/g,
        '\r\n',
      );
    const graph = opened(readText(text));
    expect(graph.nodes.get('栾剑')?.label).toBe('<b>Luan</b>');
    expect(graph.nodes.has('42')).toBe(true);
  });

  it('refuses a value for an undeclared attribute, naming the node and the attribute', () => {
    const result = readText(
      gexf('<nodes><node id="a"><attvalues><attvalue for="url" value="x"/></attvalues></node></nodes>'),
    );
    expect(result.graph).toBeUndefined();
    expect(messages(result, 'errors')).toEqual([
      'node 1 (id "a") attvalue for="url": no attribute "url" is declared in <attributes>',
    ]);
  });

  it('refuses edges to missing nodes, naming each', () => {
    const result = readText(gexf('<nodes><node id="a"/></nodes><edges><edge id="e1" source="a" target="zz"/></edges>'));
    expect(messages(result, 'errors')).toEqual(['edge 1 (id "e1").target: no node "zz" in the file']);
  });

  it('names the line of an XML syntax error', () => {
    const result = readText('<gexf version="1.2">\n<graph>\n<nodes><node id="a"></nodes>\n</graph></gexf>');
    expect(result.graph).toBeUndefined();
    expect(messages(result, 'errors')[0]).toMatch(/^line 3, column \d+: XML syntax error/);
  });

  it('refuses a graph with no nodes', () => {
    expect(messages(readText(gexf('<nodes/>')), 'errors')).toEqual([
      'the graph has no nodes: there is nothing to show',
    ]);
  });

  it('reads nested nodes as compound members of an organisation', () => {
    const graph = opened(
      readText(gexf('<nodes><node id="lab" label="Lab"><nodes><node id="ann" label="Ann"/></nodes></node></nodes>')),
    );
    expect(graph.nodes.get('lab')?.type).toBe('organization');
    expect([...graph.edges.values()].map((edge) => `${edge.source} ${edge.type} ${edge.target}`)).toEqual([
      'ann part_of lab',
    ]);
  });
});
