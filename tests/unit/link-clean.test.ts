import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { AWKWARD_DECLARED_NODE_TYPE, AWKWARD_GRAPH_ID, awkwardGraph } from './support/awkward-graph.ts';
import { clusterForest } from '../../src/view/overview/cluster-forest.ts';
import { synthetic } from './support/synthetic.ts';

/** Opening a link: each class of problem is dropped with its own sentence, and the valid rest applies. */

const xiaomi = bundledGraph();
const awkward = awkwardGraph();
const base = defaultView('xiaomi-ai');

function open(fragment: string, graph: Graph = xiaomi): { state: ViewState; dropped: string[] } {
  return cleanLink(parseLink(fragment), graph);
}

describe('cleanLink on the bundled graph', () => {
  it('keeps the valid rest of a link with a typo, an unknown org, a bad focus and an unknown parameter', () => {
    const { state, dropped } = open('#v=1&node=wang-bn&orgs=microsoft,nope&focus=abc&zoom=3');
    expect(state.node).toBeNull();
    expect(state.orgs).toEqual(['microsoft']);
    expect(state.focus).toBeNull();
    expect(dropped).toEqual([
      'The link mentions "wang-bn", which is not in this graph — did you mean "wang-bin"?',
      'The link mentions "nope", which is not in this graph',
      'The link\'s "focus=abc" is not a number of hops from 1 to 6, so it was ignored',
      'The link\'s "zoom" parameter is not one this explorer knows, so it was ignored',
    ]);
  });

  it('opens the example link of DESIGN.md, every parameter of it', () => {
    const { state, dropped } = open(
      '#v=1&node=luan-jian&orgs=microsoft,xiaomi&current=1&types=person,organization&rels=holds_role&focus=2&path=luan-jian~lei-jun&asof=2023-03-01&layout=fcose&view=1.25,140,-60&pos=luan-jian:120:40&lang=zh&graph=xiaomi-ai',
    );
    expect(state).toEqual({
      graph: 'xiaomi-ai',
      node: 'luan-jian',
      orgs: ['microsoft', 'xiaomi'],
      current: true,
      types: ['person', 'organization'],
      rels: ['holds_role'],
      focus: 2,
      path: { from: 'luan-jian', to: 'lei-jun' },
      followDirection: false,
      asof: '2023-03-01',
      layout: 'fcose',
      camera: { zoom: 1.25, x: 140, y: -60 },
      pos: new Map([['luan-jian', { x: 120, y: 40 }]]),
      open: [],
      all: false,
      lang: 'zh',
      expand: [],
    });
    expect(dropped).toEqual([]);
  });

  it('drops expand= on a graph that is a whole file, saying it is for SPARQL endpoints', () => {
    expect(open('#expand=luan-jian')).toEqual({
      state: base,
      dropped: [
        'The link\'s "expand" is for graphs read from a SPARQL endpoint a neighbourhood at a time; this graph is whole, so it was ignored',
      ],
    });
  });

  it('drops an unknown node id without a near miss', () => {
    expect(open('#node=nobody-at-all')).toEqual({
      state: base,
      dropped: ['The link mentions "nobody-at-all", which is not in this graph'],
    });
  });

  it('drops an organisation filter entry that is a node but not an organisation', () => {
    expect(open('#orgs=lei-jun,xiaomi')).toEqual({
      state: { ...base, orgs: ['xiaomi'] },
      dropped: ['The link filters by "lei-jun", which is not an organisation, so it was ignored'],
    });
  });

  it('drops repeated ids inside a list silently, keeping the first occurrence', () => {
    expect(open('#orgs=xiaomi,microsoft,xiaomi')).toEqual({
      state: { ...base, orgs: ['xiaomi', 'microsoft'] },
      dropped: [],
    });
  });

  it('drops an unknown node type, suggesting a near miss', () => {
    expect(open('#types=persn,product')).toEqual({
      state: { ...base, types: ['product'] },
      dropped: ['The link mentions the node type "persn", which is not in this graph — did you mean "person"?'],
    });
  });

  it('drops an unknown relation type', () => {
    expect(open('#rels=holds_role,likes')).toEqual({
      state: { ...base, rels: ['holds_role'] },
      dropped: ['The link mentions the relation type "likes", which is not in this graph'],
    });
  });

  it('reads types= as "no type shown" and rels= as "no relation shown"', () => {
    expect(open('#types=&rels=')).toEqual({ state: { ...base, types: [], rels: [] }, dropped: [] });
  });

  it('drops an unknown layout', () => {
    expect(open('#layout=spring')).toEqual({
      state: base,
      dropped: ['The link\'s layout "spring" is not one this explorer knows, so it was ignored'],
    });
  });

  it('drops the preset layout when the graph has no saved positions', () => {
    expect(open('#layout=preset').dropped).toEqual([
      'The link asks for the "preset" layout, but not every node of this graph has a saved position, so it was ignored',
    ]);
  });

  it('drops a focus out of range or not whole', () => {
    expect(open('#focus=7').dropped).toEqual([
      'The link\'s "focus=7" is not a number of hops from 1 to 6, so it was ignored',
    ]);
    expect(open('#focus=0').dropped).toEqual([
      'The link\'s "focus=0" is not a number of hops from 1 to 6, so it was ignored',
    ]);
    expect(open('#focus=2.5').dropped).toEqual([
      'The link\'s "focus=2.5" is not a number of hops from 1 to 6, so it was ignored',
    ]);
  });

  it('drops a current that is neither 1 nor 0', () => {
    expect(open('#current=yes')).toEqual({
      state: base,
      dropped: ['The link\'s "current=yes" is not 1 or 0, so it was ignored'],
    });
  });

  it('reads current=0 as the default', () => {
    expect(open('#current=0')).toEqual({ state: base, dropped: [] });
  });

  it('drops a view that is not three numbers', () => {
    expect(open('#view=1.5,abc,3').dropped).toEqual([
      'The link\'s "view=1.5,abc,3" is not a zoom and a centre point (zoom,x,y), so it was ignored',
    ]);
    expect(open('#view=1,2').dropped).toEqual([
      'The link\'s "view=1,2" is not a zoom and a centre point (zoom,x,y), so it was ignored',
    ]);
  });

  it('drops a view with a non-finite coordinate', () => {
    expect(open('#view=1,1e999,0').dropped).toEqual([
      'The link\'s "view=1,1e999,0" is not a zoom and a centre point (zoom,x,y), so it was ignored',
    ]);
  });

  it('drops a zoom outside the range', () => {
    expect(open('#view=50,0,0')).toEqual({
      state: base,
      dropped: ["The link's zoom 50 is outside the range 0.01 to 20, so it was ignored"],
    });
    expect(open('#view=0.001,0,0').dropped).toEqual([
      "The link's zoom 0.001 is outside the range 0.01 to 20, so it was ignored",
    ]);
  });

  it('rounds the camera to canonical form, with plain zeros', () => {
    expect(open('#view=1.23456,-0.4,10.5').state.camera).toEqual({ zoom: 1.235, x: 0, y: 11 });
    expect(Object.is(open('#view=1,-0.4,0').state.camera?.x, 0)).toBe(true);
  });

  it('drops a position of an unknown node and keeps the others', () => {
    expect(open('#pos=lei-jn:1:2,lei-jun:3:4')).toEqual({
      state: { ...base, pos: new Map([['lei-jun', { x: 3, y: 4 }]]) },
      dropped: ['The link mentions "lei-jn", which is not in this graph — did you mean "lei-jun"?'],
    });
  });

  it('drops a position that is not id:x:y', () => {
    expect(open('#pos=lei-jun:1').dropped).toEqual([
      'The link\'s position "lei-jun:1" is not a node id with two finite numbers (id:x:y), so it was ignored',
    ]);
    expect(open('#pos=lei-jun:1:abc').dropped).toEqual([
      'The link\'s position "lei-jun:1:abc" is not a node id with two finite numbers (id:x:y), so it was ignored',
    ]);
  });

  it('drops a position with a non-finite coordinate', () => {
    expect(open('#pos=lei-jun:1e400:0').dropped).toEqual([
      'The link\'s position "lei-jun:1e400:0" is not a node id with two finite numbers (id:x:y), so it was ignored',
    ]);
  });

  it('keeps the first position of a node given twice and rounds positions', () => {
    expect(open('#pos=lei-jun:1.6:-2.4,lei-jun:9:9').state.pos).toEqual(new Map([['lei-jun', { x: 2, y: -2 }]]));
  });

  it('keeps the first of a repeated parameter', () => {
    expect(open('#node=lei-jun&node=wang-bin')).toEqual({
      state: { ...base, node: 'lei-jun' },
      dropped: ['The link has "node" twice; the first one was used'],
    });
  });

  it('counts a parameter repeated more than twice', () => {
    expect(open('#focus=1&focus=2&focus=3').dropped).toEqual(['The link has "focus" 3 times; the first one was used']);
  });

  it('gives a repeated unknown parameter one notice only, and a repeated known one its count', () => {
    expect(open('#zoom=1&zoom=2&lang=zh&lang=en').dropped).toEqual([
      'The link\'s "zoom" parameter is not one this explorer knows, so it was ignored',
      'The link has "lang" twice; the first one was used',
    ]);
  });

  it('keeps a language the graph has labels in, in any case, and drops others saying which it has', () => {
    expect(open('#lang=ZH').state.lang).toBe('zh');
    expect(open('#lang=zh-Hans').state.lang).toBe('zh-hans');
    expect(open('#lang=fr').dropped).toEqual([
      'The link\'s "lang=fr" is not a language this graph has labels in (zh), so it was ignored',
    ]);
    expect(open('#lang=__proto__').dropped).toEqual([
      'The link\'s "lang=__proto__" is not a language this graph has labels in (zh), so it was ignored',
    ]);
  });

  it('drops parameters named like object internals as unknown', () => {
    expect(open('#__proto__=x&constructor=y').dropped).toEqual([
      'The link\'s "__proto__" parameter is not one this explorer knows, so it was ignored',
      'The link\'s "constructor" parameter is not one this explorer knows, so it was ignored',
    ]);
  });

  it('drops a value with a malformed escape, without throwing', () => {
    expect(open('#node=%E0%A4%A')).toEqual({
      state: base,
      dropped: ['The link\'s "node" value "%E0%A4%A" could not be read, so it was ignored'],
    });
  });

  it('drops only the list item with a malformed escape', () => {
    expect(open('#orgs=xiaomi,%E0%A4%A,microsoft')).toEqual({
      state: { ...base, orgs: ['xiaomi', 'microsoft'] },
      dropped: ['The link\'s "orgs" value "%E0%A4%A" could not be read, so it was ignored'],
    });
  });

  it('drops an empty node', () => {
    expect(open('#node=')).toEqual({ state: base, dropped: ['The link\'s "node" is empty, so it was ignored'] });
  });
});

describe('cleanLink versions', () => {
  it('opens a link without v', () => {
    expect(open('#node=lei-jun')).toEqual({ state: { ...base, node: 'lei-jun' }, dropped: [] });
  });

  it('opens a version 0 link as it is', () => {
    expect(open('#v=0&node=lei-jun')).toEqual({ state: { ...base, node: 'lei-jun' }, dropped: [] });
  });

  it('applies what it understands of a newer link, with a notice first', () => {
    expect(open('#node=lei-jun&v=2&shape=round')).toEqual({
      state: { ...base, node: 'lei-jun' },
      dropped: [
        'This link was made by a newer version of the explorer; some of it may be ignored',
        'The link\'s "shape" parameter is not one this explorer knows, so it was ignored',
      ],
    });
  });

  it('reads a non-integer v as version 1, with a notice', () => {
    expect(open('#v=1.5&node=lei-jun')).toEqual({
      state: { ...base, node: 'lei-jun' },
      dropped: ['The link\'s version "v=1.5" is not a whole number, so it was read as version 1'],
    });
  });
});

describe('cleanLink graph', () => {
  it('sets the graph to the loaded graph without a notice when the link names it', () => {
    expect(open('#v=1&graph=xiaomi-ai')).toEqual({ state: base, dropped: [] });
  });

  it('sets the graph to the loaded graph when the link names none', () => {
    expect(open('#v=1').state.graph).toBe('xiaomi-ai');
  });

  it('says so when the link was made for another graph', () => {
    expect(open('#v=1&node=lei-jun&graph=other-id')).toEqual({
      state: { ...base, node: 'lei-jun' },
      dropped: ['The link was made for the graph "other-id"; it shows "xiaomi-ai" instead'],
    });
  });

  it('shows the other graph decoded', () => {
    expect(open('#graph=https%3A%2F%2Fexample.org%2Fg.json').dropped).toEqual([
      'The link was made for the graph "https://example.org/g.json"; it shows "xiaomi-ai" instead',
    ]);
  });

  it('says so when the graph parameter cannot be read', () => {
    expect(open('#graph=%ZZ').dropped).toEqual([
      'The link\'s "graph" value "%ZZ" could not be read, so it was ignored',
    ]);
  });
});

describe('cleanLink on awkward ids', () => {
  const awkwardBase = defaultView(AWKWARD_GRAPH_ID);

  it('reads percent-encoded ids with separators, CJK and object-internal names', () => {
    const { state, dropped } = open(
      '#node=%E6%A0%BE%E5%89%91&orgs=a%2Cb,q%26r%3Ds%23t,100%25,constructor&pos=__proto__:1:2,%3Acolon%3A:3:4&graph=awkward%20graph%2C%7E%23',
      awkward,
    );
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      ...awkwardBase,
      node: '栾剑',
      orgs: ['a,b', 'q&r=s#t', '100%', 'constructor'],
      pos: new Map([
        ['__proto__', { x: 1, y: 2 }],
        [':colon:', { x: 3, y: 4 }],
      ]),
    });
  });

  it('reads a hand-written position whose id holds raw colons', () => {
    expect(open('#pos=:colon::-5:6', awkward).state.pos).toEqual(new Map([[':colon:', { x: -5, y: 6 }]]));
  });

  it('accepts a node type declared by the graph but used by no node', () => {
    expect(open('#types=team%2C%20unit%7E%26%3D', awkward).state.types).toEqual([AWKWARD_DECLARED_NODE_TYPE]);
  });

  it('accepts a relation type named __proto__ declared by the graph', () => {
    expect(open('#rels=__proto__', awkward)).toEqual({ state: { ...awkwardBase, rels: ['__proto__'] }, dropped: [] });
  });

  it('accepts the preset layout when every node has a position', () => {
    expect(open('#layout=preset', awkward)).toEqual({ state: { ...awkwardBase, layout: 'preset' }, dropped: [] });
  });

  it('shows a decoded unknown id in its notice', () => {
    expect(open('#node=a%2Cc', awkward).dropped).toEqual([
      'The link mentions "a,c", which is not in this graph — did you mean "a,b"?',
    ]);
  });
});

describe('cleanLink: the overview', () => {
  const big = synthetic(5000);
  const [company = ''] = clusterForest(big).roots;

  it('keeps the groups the graph has, in link order, and says which it dropped', () => {
    const { state, dropped } = cleanLink(parseLink(`#open=${company},no-such-group,${company}&graph=${big.id}`), big);
    expect(state.open).toEqual([company]);
    expect(dropped).toEqual([
      'The link opens the group "no-such-group", which this graph does not have, so it was ignored',
    ]);
  });

  it('reads all=1 and all=0, and drops anything else', () => {
    expect(cleanLink(parseLink(`#all=1&graph=${big.id}`), big).state.all).toBe(true);
    expect(cleanLink(parseLink(`#all=0&graph=${big.id}`), big).state.all).toBe(false);
    expect(cleanLink(parseLink(`#all=yes&graph=${big.id}`), big).dropped).toEqual([
      'The link\'s "all=yes" is not 1 or 0, so it was ignored',
    ]);
  });
});
