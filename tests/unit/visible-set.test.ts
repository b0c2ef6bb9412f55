import { describe, expect, it } from 'vitest';
import type { ViewAction } from '../../src/view/view-actions.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { applyViewAction } from '../../src/view/view-transitions.ts';
import { computeVisibleSet, createVisibleSetSelector } from '../../src/view/visible-set.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product, sorted } from './support/graph-builder.ts';

/**
 *   d ─commented_on→ p ←commented_on─ a ─reports_to→ b ←reports_to─ c ─holds_role→ o
 *
 * From `a`: 1 hop reaches b and p; 2 hops add c (through b) and d (only through the product p);
 * 3 hops add o.
 */
const graph = makeGraph({
  nodes: [person('a'), person('b'), person('c'), person('d'), product('p'), organisation('o')],
  edges: [
    edge('a', 'reports_to', 'b', { id: 'a-b' }),
    edge('c', 'reports_to', 'b', { id: 'c-b' }),
    edge('a', 'commented_on', 'p', { id: 'a-p' }),
    edge('d', 'commented_on', 'p', { id: 'd-p' }),
    edge('c', 'holds_role', 'o', { id: 'c-o', title: 'Member' }),
  ],
});
const base = defaultView('test');

function visible(view: Partial<ViewState>, on = graph): { nodes: string[]; edges: string[] } {
  const set = computeVisibleSet(on, { ...defaultView(on.id), ...view });
  return { nodes: sorted(set.nodes), edges: sorted(set.edges) };
}

describe('computeVisibleSet', () => {
  it('shows everything with the default view', () => {
    expect(visible({})).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'o', 'p'],
      edges: ['a-b', 'a-p', 'c-b', 'c-o', 'd-p'],
    });
  });

  it('shows only the chosen node types, and the edges whose both ends are shown', () => {
    expect(visible({ types: ['person'] })).toEqual({ nodes: ['a', 'b', 'c', 'd'], edges: ['a-b', 'c-b'] });
    expect(visible({ types: ['person', 'product'] })).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'p'],
      edges: ['a-b', 'a-p', 'c-b', 'd-p'],
    });
    expect(visible({ types: [] })).toEqual({ nodes: [], edges: [] });
  });

  it('hides the edges of relation types not chosen but keeps every node', () => {
    expect(visible({ rels: ['reports_to'] })).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'o', 'p'],
      edges: ['a-b', 'c-b'],
    });
    expect(visible({ rels: [] })).toEqual({ nodes: ['a', 'b', 'c', 'd', 'o', 'p'], edges: [] });
  });

  describe('on the bundled graph, the organisation filter', () => {
    const bundled = bundledGraph();
    const microsoft = {
      nodes: ['luan-jian', 'microsoft', 'microsoft-engineering-institute', 'microsoft-xiaoice', 'xiaoice-speech-team'],
      edges: [
        'luan-jian-chief-speech-scientist-xiaoice',
        'luan-jian-heads-xiaoice-speech-team',
        'luan-jian-speech-scientist-microsoft-engineering',
        'microsoft-engineering-institute-part-of-microsoft',
        'microsoft-xiaoice-part-of-microsoft',
        'xiaoice-speech-team-part-of-microsoft-xiaoice',
      ],
    };

    it('shows the organisation, its units, their people (former roles too) and the edges among them', () => {
      const shown = visible({ orgs: ['microsoft'] }, bundled);
      expect(shown).toEqual(microsoft);
      expect(shown.nodes).toContain('luan-jian');
      expect(shown.nodes).not.toContain('lei-jun');
      // Luan Jian's Xiaomi roles lead out of the filter, so they are not shown.
      expect(shown.edges).not.toContain('luan-jian-nlp-senior-director-xiaomi');
    });

    it('keeps current roles only with `current`', () => {
      expect(visible({ orgs: ['microsoft'], current: true }, bundled)).toEqual({
        nodes: ['microsoft', 'microsoft-engineering-institute', 'microsoft-xiaoice', 'xiaoice-speech-team'],
        edges: [
          'microsoft-engineering-institute-part-of-microsoft',
          'microsoft-xiaoice-part-of-microsoft',
          'xiaoice-speech-team-part-of-microsoft-xiaoice',
        ],
      });
    });

    it('ignores `current` without organisations', () => {
      expect(visible({ current: true }, bundled)).toEqual(visible({}, bundled));
    });

    it('shows the union of several organisations and applies the type filter on top', () => {
      const both = visible({ orgs: ['microsoft', 'openai'] }, bundled);
      expect(both.nodes).toEqual(sorted([...microsoft.nodes, 'openai', 'chatgpt']));
      expect(both.edges).toEqual(sorted([...microsoft.edges, 'openai-developed-chatgpt']));
      expect(visible({ orgs: ['microsoft', 'openai'], types: ['person', 'product'] }, bundled)).toEqual({
        nodes: ['chatgpt', 'luan-jian'],
        edges: [],
      });
    });
  });

  describe('focus', () => {
    it('shows the selected entity and its neighbours within 1 and 2 hops', () => {
      expect(visible({ node: 'a', focus: 1 })).toEqual({ nodes: ['a', 'b', 'p'], edges: ['a-b', 'a-p'] });
      expect(visible({ node: 'a', focus: 2 })).toEqual({
        nodes: ['a', 'b', 'c', 'd', 'p'],
        edges: ['a-b', 'a-p', 'c-b', 'd-p'],
      });
      expect(visible({ node: 'a', focus: 3 })).toEqual(visible({}));
    });

    it('is ignored without a selection', () => {
      expect(visible({ focus: 1 })).toEqual(visible({}));
    });

    it('is ignored when the selected entity is itself filtered out', () => {
      expect(visible({ node: 'p', focus: 1, types: ['person'] })).toEqual(visible({ types: ['person'] }));
    });

    it('walks only through the nodes the filters show', () => {
      // d hangs off the product p: without products it is out of reach, though it is a person.
      expect(visible({ node: 'a', focus: 2, types: ['person'] })).toEqual({
        nodes: ['a', 'b', 'c'],
        edges: ['a-b', 'c-b'],
      });
    });

    it('walks only along the relations the filters show', () => {
      expect(visible({ node: 'a', focus: 2, rels: ['reports_to'] })).toEqual({
        nodes: ['a', 'b', 'c'],
        edges: ['a-b', 'c-b'],
      });
      expect(visible({ node: 'a', focus: 3, rels: ['commented_on'] })).toEqual({
        nodes: ['a', 'd', 'p'],
        edges: ['a-p', 'd-p'],
      });
    });
  });
});

describe('createVisibleSetSelector', () => {
  const step = (view: ViewState, action: ViewAction): ViewState => applyViewAction(graph, view, action).view;

  it('returns the same object when only the camera, positions or layout change', () => {
    const select = createVisibleSetSelector();
    let view = step(step(base, { type: 'select', node: 'a' }), { type: 'setFocus', focus: 1 });
    const first = select(graph, view);
    expect(sorted(first.nodes)).toEqual(['a', 'b', 'p']);
    expect(select(graph, view)).toBe(first);
    view = step(view, { type: 'setCamera', camera: { zoom: 2, x: 5, y: 5 } });
    expect(select(graph, view)).toBe(first);
    view = step(view, { type: 'moveNode', node: 'b', position: { x: 1, y: 1 } });
    expect(select(graph, view)).toBe(first);
    view = step(view, { type: 'setLayout', layout: 'concentric' });
    expect(select(graph, view)).toBe(first);
  });

  it('computes a new set when a filter changes', () => {
    const select = createVisibleSetSelector();
    const actions: ViewAction[] = [
      { type: 'setTypes', types: ['person'] },
      { type: 'setRelations', rels: ['reports_to'] },
      { type: 'toggleOrganisation', organisation: 'o' },
      { type: 'setCurrentOnly', current: true },
      { type: 'setFocus', focus: 2 },
    ];
    let view = base;
    let last = select(graph, view);
    for (const action of actions) {
      view = step(view, action);
      const next = select(graph, view);
      expect(next, action.type).not.toBe(last);
      expect(next).toEqual(computeVisibleSet(graph, view));
      last = next;
    }
  });

  it('does not recompute on a selection change while focus is off, and does while it is on', () => {
    const select = createVisibleSetSelector();
    const first = select(graph, base);
    const selectedA = step(base, { type: 'select', node: 'a' });
    expect(select(graph, selectedA)).toBe(first);
    expect(select(graph, step(selectedA, { type: 'select', node: 'c' }))).toBe(first);

    const focused = step(selectedA, { type: 'setFocus', focus: 1 });
    const aroundA = select(graph, focused);
    expect(sorted(aroundA.nodes)).toEqual(['a', 'b', 'p']);
    const aroundC = select(graph, step(focused, { type: 'select', node: 'c' }));
    expect(aroundC).not.toBe(aroundA);
    expect(sorted(aroundC.nodes)).toEqual(['b', 'c', 'o']);
  });

  it('computes a new set for another graph', () => {
    const select = createVisibleSetSelector();
    const bundled = bundledGraph();
    const first = select(graph, base);
    const other = select(bundled, base);
    expect(other).not.toBe(first);
    expect(other.nodes.size).toBe(bundled.nodes.size);
  });
});
