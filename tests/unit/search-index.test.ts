import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/graph/fold-text.ts';
import { loadFuzzySearch, searchGraph, searchIndex } from '../../src/graph/search-index.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { makeGraph } from './support/graph-builder.ts';

const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id);

// The fuzzy matcher is its own chunk, loaded after the first picture (search-fuzzy-load.test.ts).
beforeAll(() => loadFuzzySearch());

const graph = makeGraph({
  nodes: [
    { id: 'zx', label: 'Zeng Xuezhong', type: 'person', aliases: ['曾学忠'] },
    { id: 'jose', label: 'José Núñez', type: 'person' },
    { id: 'lj', label: 'Luan Jian', type: 'person', aliases: ['栾剑'] },
    { id: 'luanda', label: 'Luanda Office', type: 'organization' },
    { id: 'acme', label: 'Acme', type: 'organization', aliases: ['Acme Corporation', 'ACME株式会社'] },
    { id: 'gpt', label: 'GPT-3.5', type: 'product' },
    { id: 'opaque-id-42', label: 'Widget', type: 'product' },
  ],
});

describe('foldText', () => {
  it('folds case, accents, width and spacing, and leaves CJK alone', () => {
    expect(foldText('  Zeng  Xuezhóng ')).toBe('zeng xuezhong');
    expect(foldText('ＡＣＭＥ')).toBe('acme');
    expect(foldText('Łódź Straße')).toBe('lodz strasse');
    expect(foldText('栾剑')).toBe('栾剑');
    expect(foldText('한국')).toBe('한국');
  });
});

describe('searchGraph on an inline graph', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchGraph(graph, '')).toEqual([]);
    expect(searchGraph(graph, '   ')).toEqual([]);
  });

  it('puts an exact name before names that merely start with the query', () => {
    expect(ids(searchGraph(graph, 'luan'))).toEqual(['lj', 'luanda']);
    expect(ids(searchGraph(graph, 'Luanda'))[0]).toBe('luanda');
  });

  it('ignores accents in the query and in the graph', () => {
    expect(ids(searchGraph(graph, 'Zeng Xuezhóng'))[0]).toBe('zx');
    expect(ids(searchGraph(graph, 'jose nunez'))[0]).toBe('jose');
  });

  it('matches words in any order, and punctuation loosely', () => {
    expect(ids(searchGraph(graph, 'jian luan'))[0]).toBe('lj');
    expect(ids(searchGraph(graph, 'gpt 3.5'))[0]).toBe('gpt');
  });

  it('finds CJK aliases whole, by their start and inside', () => {
    expect(searchGraph(graph, '栾剑')[0]).toEqual({ id: 'lj', label: 'Luan Jian', matched: '栾剑', type: 'person' });
    expect(ids(searchGraph(graph, '栾'))[0]).toBe('lj');
    expect(ids(searchGraph(graph, '剑'))[0]).toBe('lj');
    expect(ids(searchGraph(graph, '株式会社'))[0]).toBe('acme');
  });

  it('reports the label when the label matched and the alias when an alias did', () => {
    expect(searchGraph(graph, 'acme')[0]?.matched).toBe('Acme');
    expect(searchGraph(graph, 'acme corp')[0]?.matched).toBe('Acme Corporation');
  });

  it('falls back to ids only when no name matches', () => {
    expect(searchGraph(graph, 'opaque-id')[0]).toMatchObject({ id: 'opaque-id-42', matched: 'opaque-id-42' });
    expect(ids(searchGraph(graph, 'zx'))).toEqual(['zx']);
  });

  it('returns each entity once and respects the limit', () => {
    const hits = searchGraph(graph, 'a', 3);
    expect(hits).toHaveLength(3);
    expect(new Set(ids(hits)).size).toBe(3);
  });

  it('is memoised per graph', () => {
    expect(searchIndex(graph)).toBe(searchIndex(graph));
  });
});

describe('searchGraph on the bundled graph', () => {
  const bundled = bundledGraph();
  const first = (query: string): string | undefined => searchGraph(bundled, query)[0]?.id;

  it('finds people by their Chinese names', () => {
    expect(first('栾剑')).toBe('luan-jian');
    expect(first('栾')).toBe('luan-jian');
    expect(first('小爱同学')).toBe('xiao-ai');
  });

  it('finds by prefix and regardless of case', () => {
    expect(first('luan')).toBe('luan-jian');
    expect(first('LUAN JIAN')).toBe('luan-jian');
  });

  it('finds by English alias', () => {
    expect(searchGraph(bundled, 'lu weibing')[0]).toMatchObject({ id: 'william-lu', matched: 'Lu Weibing' });
  });

  it('forgives accents and small typos', () => {
    expect(first('Zeng Xuezhóng')).toBe('zeng-xuezhong');
    expect(first('luan jain')).toBe('luan-jian');
    expect(first('wnag bin')).toBe('wang-bin');
    expect(ids(searchGraph(bundled, 'wang bni')).slice(0, 3)).toContain('wang-bin');
  });

  it('finds nothing for gibberish', () => {
    expect(searchGraph(bundled, 'qqqqzzzz')).toEqual([]);
  });
});

describe('searchGraph on a large graph', () => {
  it('builds the index for 10,000 nodes and answers literal and fuzzy queries', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      label: `Entity ${i} ${['Alpha', 'Beta', 'Gamma', 'Delta'][i % 4] ?? ''}`,
      type: i % 3 === 0 ? 'organization' : 'person',
      ...(i === 7777 && { aliases: ['Needle Haystack'] }),
    }));
    const large = makeGraph({ nodes });
    expect(ids(searchGraph(large, 'entity 4242 gamma'))[0]).toBe('n4242');
    expect(ids(searchGraph(large, 'needle haystak'))[0]).toBe('n7777');
    expect(searchGraph(large, 'entity', 25)).toHaveLength(25);
  });
});

describe('searchGraph before anyone searches', () => {
  it('answers a blank query without reading the graph, so opening a graph does not build the index', () => {
    const untouchable = new Proxy(makeGraph({ nodes: [{ id: 'a', label: 'A', type: 'person' }], edges: [] }), {
      get: (target, key) => {
        if (key === 'nodes') throw new Error('the index was built');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(searchGraph(untouchable, '')).toEqual([]);
    expect(searchGraph(untouchable, '   ')).toEqual([]);
    expect(() => searchGraph(untouchable, 'A')).toThrow('the index was built');
  });
});
