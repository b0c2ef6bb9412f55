import { describe, expect, it } from 'vitest';
import { graphHasLanguage, graphLanguages, labelIn, normaliseLanguage } from '../../src/graph/node-labels.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { formatProblem } from '../../src/graph/parse-report.ts';
import { searchIndex } from '../../src/graph/search-index.ts';
import { applyViewAction } from '../../src/view/view-transitions.ts';
import { defaultView } from '../../src/view/view-state.ts';

const file = {
  version: 1,
  id: 'langs',
  title: 'Labels in languages',
  nodes: [
    { id: 'luan-jian', label: 'Luan Jian', type: 'person', labels: { zh: '栾剑', 'zh-Hant': '欒劍' } },
    { id: 'xiaomi', label: 'Xiaomi', type: 'organization', labels: { zh: '小米' } },
    { id: '__proto__', label: 'Proto', type: 'person', labels: { ja: 'プロト' } },
    { id: 'plain', label: 'Plain', type: 'person' },
  ],
  edges: [],
};

function graph() {
  const parsed = parseGraph(file);
  if (!parsed.graph) throw new Error(parsed.report.errors.map(formatProblem).join('\n'));
  return parsed.graph;
}

describe('labels in the reader’s language', () => {
  it('reads `labels` into the model, tags in lower case', () => {
    expect([...(graph().nodes.get('luan-jian')?.labels ?? [])]).toEqual([
      ['zh', '栾剑'],
      ['zh-hant', '欒劍'],
    ]);
    expect(graph().nodes.get('plain')?.labels).toBeUndefined();
  });

  it('shows the label in the language where there is one, the file’s own elsewhere', () => {
    const nodes = graph().nodes;
    const read = (id: string, lang: string | null): string | undefined => {
      const node = nodes.get(id);
      return node && labelIn(node, lang);
    };
    expect(read('luan-jian', 'zh')).toBe('栾剑');
    expect(read('luan-jian', 'zh-hant')).toBe('欒劍');
    // Same language in another script or region: better than the English label.
    expect(read('xiaomi', 'zh-hant')).toBe('小米');
    expect(read('plain', 'zh')).toBe('Plain');
    expect(read('luan-jian', null)).toBe('Luan Jian');
    expect(read('__proto__', 'ja')).toBe('プロト');
  });

  it('lists the graph’s languages, most used first', () => {
    expect(graphLanguages(graph())).toEqual([
      { tag: 'zh', count: 2 },
      { tag: 'ja', count: 1 },
      { tag: 'zh-hant', count: 1 },
    ]);
    expect(graphHasLanguage(graph(), 'zh-hans')).toBe(true);
    expect(graphHasLanguage(graph(), 'fr')).toBe(false);
    expect(normaliseLanguage('pt-BR')).toBe('pt-br');
    expect(normaliseLanguage('__proto__')).toBeUndefined();
  });

  it('finds a node by its label in any language, whichever is shown', () => {
    const search = searchIndex(graph());
    expect(search.search('栾剑')[0]?.id).toBe('luan-jian');
    expect(search.search('Luan')[0]?.id).toBe('luan-jian');
    expect(search.search('小米')[0]?.id).toBe('xiaomi');
  });

  it('refuses a label keyed by something that is no language tag, saying where', () => {
    const parsed = parseGraph({
      ...file,
      nodes: [{ id: 'a', label: 'A', type: 'person', labels: { 'not a tag': 'x' } }],
    });
    expect(parsed.graph).toBeUndefined();
    expect(parsed.report.errors.map(formatProblem).join('\n')).toMatch(/nodes\[0\]\.labels/);
  });

  it('changes language as one step, only to a language the graph has, and keeps it through Reset view', () => {
    const g = graph();
    const start = defaultView(g.id);
    const chinese = applyViewAction(g, start, { type: 'setLanguage', lang: 'ZH' }).view;
    expect(chinese.lang).toBe('zh');
    expect(applyViewAction(g, start, { type: 'setLanguage', lang: 'fr' }).view).toBe(start);
    expect(applyViewAction(g, chinese, { type: 'setLanguage', lang: null }).view.lang).toBeNull();
    expect(applyViewAction(g, { ...chinese, node: 'xiaomi' }, { type: 'reset' }).view).toEqual(chinese);
  });
});
