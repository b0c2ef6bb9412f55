import { describe, expect, it } from 'vitest';
import { decodeLinkValue, encodeLinkId, formatLinkNumber, parseLinkNumber } from '../../src/view/link/link-encoding.ts';
import { linkedGraph, parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { defaultView } from '../../src/view/view-state.ts';

/** The link text itself: how a view is written, and how a fragment is split before it is judged. */

const view = defaultView('g');

describe('serializeView', () => {
  it('writes only v and graph for the default view', () => {
    expect(serializeView(view)).toBe('v=1&graph=g');
  });

  it('percent-encodes a selected id with a comma', () => {
    expect(serializeView({ ...view, node: 'a,b' })).toBe('v=1&node=a%2Cb&graph=g');
  });

  it("encodes ~ and !'()* inside ids, which encodeURIComponent leaves alone", () => {
    expect(serializeView({ ...view, node: "x~y!'()*" })).toBe('v=1&node=x%7Ey%21%27%28%29%2A&graph=g');
  });

  it('encodes & = # : % and spaces inside ids', () => {
    expect(serializeView({ ...view, node: 'q&r=s#t :100%' })).toBe('v=1&node=q%26r%3Ds%23t%20%3A100%25&graph=g');
  });

  it('encodes CJK ids as UTF-8 escapes', () => {
    expect(serializeView({ ...view, node: '栾剑' })).toBe('v=1&node=%E6%A0%BE%E5%89%91&graph=g');
  });

  it('writes lists comma-separated, each id encoded on its own, first occurrence kept', () => {
    expect(serializeView({ ...view, orgs: ['xiaomi', 'a,b', 'xiaomi'] })).toBe('v=1&orgs=xiaomi,a%2Cb&graph=g');
  });

  it('writes current=1 only when true', () => {
    expect(serializeView({ ...view, current: true })).toBe('v=1&current=1&graph=g');
    expect(serializeView({ ...view, current: false })).toBe('v=1&graph=g');
  });

  it('writes an empty types list as types= and leaves null out', () => {
    expect(serializeView({ ...view, types: [] })).toBe('v=1&types=&graph=g');
    expect(serializeView({ ...view, types: null })).toBe('v=1&graph=g');
  });

  it('writes an empty rels list as rels=', () => {
    expect(serializeView({ ...view, rels: [] })).toBe('v=1&rels=&graph=g');
  });

  it('writes focus and layout', () => {
    expect(serializeView({ ...view, focus: 2, layout: 'concentric' })).toBe('v=1&focus=2&layout=concentric&graph=g');
  });

  it('writes the camera as zoom,x,y with zoom to 3 decimals and whole coordinates', () => {
    expect(serializeView({ ...view, camera: { zoom: 1.23456, x: 140.4, y: -60.6 } })).toBe(
      'v=1&view=1.235,140,-61&graph=g',
    );
  });

  it('writes numbers without trailing zeros, exponents or -0', () => {
    expect(serializeView({ ...view, camera: { zoom: 2, x: -0.2, y: 1e21 } })).toBe(
      'v=1&view=2,0,1000000000000000000000&graph=g',
    );
  });

  it("writes positions as id:x:y, rounded, in the map's insertion order", () => {
    const pos = new Map([
      ['z:z', { x: 120.4, y: 40 }],
      ['a', { x: -12345, y: -0.3 }],
    ]);
    expect(serializeView({ ...view, pos })).toBe('v=1&pos=z%3Az:120:40,a:-12345:0&graph=g');
  });

  it('writes every parameter in the fixed order, graph last', () => {
    const full = {
      ...defaultView('xiaomi-ai'),
      node: 'luan-jian',
      orgs: ['microsoft', 'xiaomi'],
      current: true,
      types: ['person', 'organization'],
      rels: ['holds_role'],
      focus: 2,
      layout: 'fcose' as const,
      camera: { zoom: 1.25, x: 140, y: -60 },
      pos: new Map([['luan-jian', { x: 120, y: 40 }]]),
    };
    expect(serializeView(full)).toBe(
      'v=1&node=luan-jian&orgs=microsoft,xiaomi&current=1&types=person,organization&rels=holds_role&focus=2&layout=fcose&view=1.25,140,-60&pos=luan-jian:120:40&graph=xiaomi-ai',
    );
  });

  it('encodes the graph id, which may be a URL', () => {
    expect(serializeView(defaultView('https://example.org/g.json'))).toBe(
      'v=1&graph=https%3A%2F%2Fexample.org%2Fg.json',
    );
  });

  it('does not throw on an id with a lone surrogate', () => {
    expect(serializeView({ ...view, node: 'a\uD800' })).toBe('v=1&node=a%EF%BF%BD&graph=g');
  });
});

describe('parseLink', () => {
  it('splits on & and at the first = of each part, keeping values encoded', () => {
    expect(parseLink('#v=1&node=a%2Cb&pos=x=y').entries).toEqual([
      { name: 'v', value: '1' },
      { name: 'node', value: 'a%2Cb' },
      { name: 'pos', value: 'x=y' },
    ]);
  });

  it('accepts a fragment without #', () => {
    expect(parseLink('v=1').entries).toEqual([{ name: 'v', value: '1' }]);
  });

  it('skips empty parts', () => {
    expect(parseLink('#&&v=1&&').entries).toEqual([{ name: 'v', value: '1' }]);
  });

  it('reads a name without = as an empty value', () => {
    expect(parseLink('#current&types=').entries).toEqual([
      { name: 'current', value: '' },
      { name: 'types', value: '' },
    ]);
  });

  it('keeps repeats and link order', () => {
    expect(parseLink('node=b&v=1&node=a').entries.map(({ name, value }) => `${name}:${value}`)).toEqual([
      'node:b',
      'v:1',
      'node:a',
    ]);
  });

  it('reads an empty fragment as no parameters', () => {
    expect(parseLink('').entries).toEqual([]);
    expect(parseLink('#').entries).toEqual([]);
  });
});

describe('linkedGraph', () => {
  it('returns the decoded graph id', () => {
    expect(linkedGraph(parseLink('#v=1&graph=https%3A%2F%2Fexample.org%2Fg.json'))).toBe('https://example.org/g.json');
  });

  it('returns the first graph that decodes to a non-empty id', () => {
    expect(linkedGraph(parseLink('#graph=%E0%A4%A&graph=&graph=a%2Cb&graph=c'))).toBe('a,b');
  });

  it('returns undefined without a graph', () => {
    expect(linkedGraph(parseLink('#v=1&node=x'))).toBeUndefined();
  });
});

describe('value encoding', () => {
  it('leaves only unreserved characters and escapes in an encoded id', () => {
    expect(encodeLinkId("a,b~c&d=e#f:g%h i!j'k(l)m*n")).toMatch(/^[A-Za-z0-9\-_.%]+$/);
  });

  it('returns undefined for a malformed escape instead of throwing', () => {
    expect(decodeLinkValue('%E0%A4%A')).toBeUndefined();
    expect(decodeLinkValue('100%')).toBeUndefined();
  });

  it('keeps + as + (a fragment is not a form)', () => {
    expect(decodeLinkValue('a+b')).toBe('a+b');
  });

  it('formats tiny non-integers without an exponent', () => {
    expect(formatLinkNumber(1e-7)).toBe('0.0000001');
  });

  it('reads decimals and refuses other number syntaxes', () => {
    expect(parseLinkNumber('-12.5')).toBe(-12.5);
    expect(parseLinkNumber('.5')).toBe(0.5);
    expect(['', ' 1', '0x10', 'Infinity', '1,5', 'NaN', '1e'].map(parseLinkNumber)).toEqual(Array(7).fill(undefined));
  });
});
