import { describe, expect, it } from 'vitest';
import { messages, opened, readText } from './support/read-text.ts';

const graphml = (body: string, keys = '') =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">${keys}<graph id="G" edgedefault="directed">${body}</graph></graphml>`;

describe('GraphML', () => {
  it('reads keys for nodes and edges, their types and defaults; x/y are positions', () => {
    const keys = `<key id="d0" for="node" attr.name="name" attr.type="string"/><key id="d1" for="node" attr.name="kind" attr.type="string"><default>Person</default></key>
      <key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/>
      <key id="w" for="edge" attr.name="weight" attr.type="double"/>`;
    const result = readText(
      graphml(
        `<node id="n0"><data key="d0">Ann</data><data key="x">1.5</data><data key="y">2</data></node>
         <node id="n1"><data key="d0">Acme</data><data key="d1">Company</data><data key="x">0</data><data key="y">0</data></node>
         <edge id="e0" source="n0" target="n1"><data key="w">0.5</data></edge>`,
        keys,
      ),
    );
    const graph = opened(result);
    expect(graph.nodes.get('n0')).toMatchObject({ label: 'Ann', type: 'person', position: { x: 1.5, y: 2 } });
    expect(graph.nodes.get('n1')?.type).toBe('organization');
    expect(graph.edges.get('e0')?.attributes.get('weight')).toBe(0.5);
    expect(result.report.summary?.mapping).toMatchObject({ label: 'name', type: 'kind' });
  });

  it("reads yEd's node labels, geometry and fill", () => {
    const keys = '<key id="g" for="node" yfiles.type="nodegraphics"/>';
    const node = (id: string, label: string) =>
      `<node id="${id}"><data key="g"><y:ShapeNode><y:Geometry x="10" y="20" width="30" height="40"/><y:Fill color="#FFCC00"/><y:NodeLabel>${label}</y:NodeLabel></y:ShapeNode></data></node>`;
    const graph = opened(
      readText(graphml(`${node('a', 'Alpha')}${node('b', 'Beta')}<edge source="a" target="b"/>`, keys)),
    );
    expect(graph.nodes.get('a')).toMatchObject({ label: 'Alpha', position: { x: 25, y: 40 } });
    expect(graph.nodes.get('a')?.attributes.get('color')).toBe('#FFCC00');
  });

  it('reads nested graphs (yEd groups) as organisations with their members', () => {
    const graph = opened(
      readText(graphml('<node id="team"><graph id="team:"><node id="ann"/><node id="bob"/></graph></node>')),
    );
    expect(graph.nodes.get('team')?.type).toBe('organization');
    expect([...graph.edges.values()].map((edge) => `${edge.source} ${edge.type} ${edge.target}`)).toEqual([
      'ann part_of team',
      'bob part_of team',
    ]);
  });

  it('refuses data for an undeclared key once per key, with where it was first used and how often', () => {
    const result = readText(
      graphml('<node id="a"><data key="label">A</data></node><node id="b"><data key="label">B</data></node>'),
    );
    expect(messages(result, 'errors')).toEqual([
      'node 1 (id "a") data key="label": no <key id="label"> is declared (used 2 times)',
    ]);
  });

  it('refuses edges to undeclared nodes', () => {
    const result = readText(graphml('<node id="a"/><edge source="a" target="b"/>'));
    expect(messages(result, 'errors')).toEqual(['edge 1.target: no node "b" in the file']);
  });

  it('keeps self-loops and parallel edges, numeric and non-ASCII ids, CR line ends', () => {
    const result = readText(
      graphml(
        '<node id="1"/><node id="é"/><edge source="1" target="1"/><edge source="1" target="é"/><edge source="1" target="é"/>',
      ).replace(/\n/g, '\r'),
    );
    const graph = opened(result);
    expect([...graph.nodes.keys()]).toEqual(['1', 'é']);
    expect(graph.edges.size).toBe(3);
  });

  it('refuses an XML file of another kind by naming its root', () => {
    expect(messages(readText('<svg xmlns="http://www.w3.org/2000/svg"/>', 'x.xml'), 'errors')).toEqual([
      'x.xml: XML with root <svg>, but not a graph format this explorer reads (GEXF or GraphML)',
    ]);
  });
});
