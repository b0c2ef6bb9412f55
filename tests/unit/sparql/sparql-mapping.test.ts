import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/graph/parse-graph.ts';
import type { Neighbourhood } from '../../../src/sources/sparql/neighbourhood-facts.ts';
import { sparqlGraphFile } from '../../../src/sources/sparql/sparql-graph-file.ts';
import { EX, recordedNeighbourhood, VIRTUOSO } from './recorded-results.ts';

function graphOf(neighbourhoods: readonly Neighbourhood[], languages = ['en']) {
  const { graph, report } = parseGraph(sparqlGraphFile(VIRTUOSO, neighbourhoods, languages));
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  if (!graph) throw new Error('refused');
  return graph;
}

const edgesBetween = (graph: ReturnType<typeof graphOf>, source: string, target: string) =>
  [...graph.edges.values()].filter((edge) => edge.source === EX + source && edge.target === EX + target);

describe('mapping recorded Virtuoso answers (W3C ORG, FOAF, schema.org, SKOS)', () => {
  const luan = recordedNeighbourhood('virtuoso-luan-jian');
  const xiaomi = recordedNeighbourhood('virtuoso-xiaomi');

  it('makes the centre and everything it links to nodes, ids being IRIs, labels by language', () => {
    const graph = graphOf([luan]);
    const node = graph.nodes.get(`${EX}luan-jian`);
    expect(node).toMatchObject({ label: 'Luan Jian', type: 'person', summary: "Head of Xiaomi's large-model team" });
    expect(graph.nodes.get(`${EX}wang-bin`)).toMatchObject({ label: 'Wang Bin', type: 'person' });
    expect(graph.nodes.get(`${EX}large-model-team`)).toMatchObject({ type: 'organization' });
    expect(graph.nodes.get(`${EX}toshiba-research-institute`)?.type).toBe('organization');
    expect(node?.links.get('IRI')).toBe(`${EX}luan-jian`);
  });

  it('reads dated roles from memberships: title, start, end, former', () => {
    const graph = graphOf([luan]);
    const [head] = edgesBetween(graph, 'luan-jian', 'large-model-team');
    expect(head).toMatchObject({ type: 'holds_role', title: 'Head', former: false });
    expect(head?.start?.iso).toBe('2023-04-14');
    const [xiaoice] = edgesBetween(graph, 'luan-jian', 'microsoft-xiaoice');
    expect(xiaoice).toMatchObject({ title: 'Chief Speech Scientist', former: true });
    expect([xiaoice?.start?.iso, xiaoice?.end?.iso]).toEqual(['2019-01-01', '2021-06-30']);
    expect(edgesBetween(graph, 'luan-jian', 'toshiba-research-institute')[0]?.end?.iso).toBe('2011');
  });

  it("labels other relations by the property's rdfs:label, and gives the triple and endpoint as evidence", () => {
    const graph = graphOf([luan]);
    const [reports] = edgesBetween(graph, 'luan-jian', 'wang-bin');
    expect(reports?.type).toBe('reportsTo');
    expect(graph.edgeTypes.get('reportsTo')?.label).toBe('reports to');
    expect(reports?.evidence).toEqual([
      {
        source: VIRTUOSO,
        quote: `<${EX}luan-jian> <http://kg.example/vocab/reportsTo> <${EX}wang-bin> .`,
      },
    ]);
    expect(graph.sources.get(VIRTUOSO)?.url).toBe(VIRTUOSO);
  });

  it('maps worksFor, memberOf, subOrganizationOf, parentOrganization and founder to roles, the tree and founding', () => {
    const graph = graphOf([xiaomi]);
    expect(edgesBetween(graph, 'zeng-xuezhong', 'xiaomi')[0]?.type).toBe('holds_role');
    expect(edgesBetween(graph, 'william-lu', 'xiaomi')[0]?.type).toBe('holds_role');
    expect(edgesBetween(graph, 'technical-committee', 'xiaomi')[0]?.type).toBe('part_of');
    // schema:founder points from the organisation to the person; the explorer reads person → founded → organisation.
    expect(edgesBetween(graph, 'lei-jun', 'xiaomi')[0]?.type).toBe('founded');
    expect(edgesBetween(graph, 'the-paper', 'xiaomi')[0]?.type).toBe('reportedOn');
  });

  it("puts the centre's literals in its attributes, and types nodes by their class's label", () => {
    const graph = graphOf([xiaomi]);
    expect(graph.nodes.get(`${EX}xiaomi`)?.attributes.get('foundingDate')).toBe('2010-04-06');
    expect(graph.nodes.get(`${EX}xiaomi`)?.aliases).toContain('Xiaomi Corporation');
    expect(graph.nodes.get(`${EX}xiao-ai`)?.type).toBe('SoftwareApplication');
    expect(graph.nodeTypes.get('SoftwareApplication')?.label).toBe('Software application');
  });

  it('merges neighbourhoods: shared entities and links once, earlier nodes keep their places', () => {
    const one = graphOf([luan]);
    const two = graphOf([luan, xiaomi]);
    for (const [id, node] of one.nodes) expect(two.nodes.get(id)?.position).toEqual(node.position);
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    expect(two.nodes.has(`${EX}lei-jun`)).toBe(true);
    const places = new Set(
      [...two.nodes.values()].map((node) => `${String(node.position?.x)},${String(node.position?.y)}`),
    );
    expect(places.size).toBe(two.nodes.size);
    // Same neighbourhoods, same order: the same picture.
    expect(graphOf([luan, xiaomi]).nodes).toEqual(two.nodes);
  });

  it('places a neighbourhood with no link to the rest beside it', () => {
    const graph = graphOf([luan, recordedNeighbourhood('virtuoso-microsoft')]);
    const luanX = graph.nodes.get(`${EX}luan-jian`)?.position?.x ?? 0;
    expect(graph.nodes.get(`${EX}microsoft`)?.position?.x).toBeDefined();
    expect(graph.nodes.has(`${EX}satya-nadella`)).toBe(true);
    expect(Math.abs((graph.nodes.get(`${EX}satya-nadella`)?.position?.x ?? luanX) - luanX)).toBeGreaterThan(0);
  });

  it('caps the links per request and counts the rest', () => {
    const capped = recordedNeighbourhood('virtuoso-xiaomi', 2, 9);
    expect(capped.links).toHaveLength(2);
    expect(capped.more).toBe(7);
    expect(recordedNeighbourhood('virtuoso-xiaomi').more).toBe(0);
  });
});

describe('mapping Wikidata-shaped answers (hand-written, see the fixture)', () => {
  const ada = recordedNeighbourhood('wikidata-person');
  const WD = 'http://www.wikidata.org/entity/';
  const graphWith = (languages: string[]) => {
    const { graph, report } = parseGraph(sparqlGraphFile('https://query.wikidata.org/sparql', [ada], languages));
    expect(report.errors).toEqual([]);
    if (!graph) throw new Error('refused');
    return graph;
  };

  it('reads P108 statements as dated roles, year and month precision kept as such', () => {
    const graph = graphWith(['en']);
    const roles = [...graph.edges.values()].filter((edge) => edge.type === 'holds_role');
    const microsoft = roles.find((edge) => edge.target === `${WD}Q2283`);
    expect([microsoft?.start?.iso, microsoft?.end?.iso, microsoft?.former]).toEqual(['1998', '2020', true]);
    const labs = roles.find((edge) => edge.target === `${WD}Q900002`);
    expect([labs?.start?.iso, labs?.end, labs?.former]).toEqual(['2021-05', undefined, false]);
    expect(labs?.evidence[0]?.quote).toContain('<http://www.wikidata.org/prop/statement/P108>');
  });

  it('reads P112 "founded by" the founder\'s way round, and names other properties by their Wikidata label', () => {
    const graph = graphWith(['en']);
    const founded = [...graph.edges.values()].find((edge) => edge.type === 'founded');
    expect([founded?.source, founded?.target]).toEqual([`${WD}Q900001`, `${WD}Q900002`]);
    expect(graph.edgeTypes.get('P69')?.label).toBe('educated at');
  });

  it('types Q5 as person and company classes as organisation; other classes by their label', () => {
    const graph = graphWith(['en']);
    expect(graph.nodes.get(`${WD}Q900001`)?.type).toBe('person');
    expect(graph.nodes.get(`${WD}Q2283`)?.type).toBe('organization');
    expect(graph.nodes.get(`${WD}Q900003`)?.type).toBe('Q3918');
    expect(graph.nodeTypes.get('Q3918')?.label).toBe('university');
  });

  it("keeps the English label as the node's own and the others by language, for the link's lang", () => {
    const zh = graphWith(['zh', 'en']);
    const ada = zh.nodes.get(`${WD}Q900001`);
    expect(ada?.label).toBe('Ada Example');
    expect(ada?.labels?.get('zh')).toBe('艾达');
    expect(ada?.aliases).toEqual(expect.arrayContaining(['A. Example', '艾达']));
    expect(zh.nodes.get(`${WD}Q2283`)?.labels?.get('zh')).toBe('微软');
    expect(ada?.attributes.get('P569')).toBe('1970-03-02T00:00:00Z');
  });
});
