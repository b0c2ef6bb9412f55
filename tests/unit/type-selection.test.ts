import { describe, expect, it } from 'vitest';
import { edgeTypesInGraph, nodeTypesInGraph } from '../../src/graph/type-labels.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { encodeLinkId } from '../../src/view/link/link-encoding.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { isShown, shownTypes, toggleType } from '../../src/view/type-selection.ts';
import { applyViewAction } from '../../src/view/view-transitions.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';

const ALL = ['person', 'organization', 'product'];

describe('type selection', () => {
  it('shows every type for null, else the listed ones', () => {
    expect(isShown(null, 'person')).toBe(true);
    expect(isShown(['product'], 'person')).toBe(false);
    expect(isShown(['product'], 'product')).toBe(true);
  });

  it('unticking from the default lists the rest, in graph order', () => {
    expect(toggleType(ALL, null, 'person', false)).toEqual(['organization', 'product']);
    expect(toggleType(ALL, ['product', 'organization'], 'product', false)).toEqual(['organization']);
    expect(toggleType(ALL, ['organization'], 'organization', false)).toEqual([]);
  });

  it('ticking keeps graph order and gives null once every type is back', () => {
    expect(toggleType(ALL, ['product'], 'person', true)).toEqual(['person', 'product']);
    expect(toggleType(ALL, ['organization', 'product'], 'person', true)).toBeNull();
    expect(toggleType(ALL, null, 'person', true)).toBeNull();
  });

  it('drops types the graph does not have', () => {
    expect(toggleType(ALL, ['gone', 'person'], 'product', true)).toEqual(['person', 'product']);
  });
});

describe('shownTypes', () => {
  it('deduplicates in the order given', () => {
    expect(shownTypes(['product', 'person', 'product'], ALL)).toEqual(['product', 'person']);
    expect(shownTypes([], ALL)).toEqual([]);
  });

  it('gives null, the default, for null or a list naming every type present (in any order, with extras)', () => {
    expect(shownTypes(null, ALL)).toBeNull();
    expect(shownTypes(['product', 'organization', 'person'], ALL)).toBeNull();
    expect(shownTypes(['team', 'person', 'organization', 'product'], ALL)).toBeNull();
  });
});

describe('the checkboxes, the transitions and the link agree on "every type"', () => {
  const graph = bundledGraph();
  const start = defaultView(graph.id);
  const defaultLink = serializeView(start);

  it.each([
    ['types', 'setTypes', nodeTypesInGraph(graph)],
    ['rels', 'setRelations', edgeTypesInGraph(graph)],
  ] as const)('%s: naming every type is the default view and link; naming fewer is kept', (field, action, all) => {
    const reversed = [...all].reverse();
    const last = all.at(-1) ?? '';
    const fewer = all.slice(0, -1);
    // The checkbox path: ticking the last unticked type.
    expect(toggleType(all, fewer, last, true)).toBeNull();
    // The transition path: any action listing every type.
    const step = (list: readonly string[]): ViewState =>
      applyViewAction(
        graph,
        start,
        action === 'setTypes' ? { type: action, types: list } : { type: action, rels: list },
      ).view;
    expect(step(reversed)).toBe(start);
    expect(step(fewer)[field]).toEqual(fewer);
    // The link path: a link listing every type opens the default view, whose link is the default link.
    const opened = cleanLink(parseLink(`#${field}=${reversed.map(encodeLinkId).join(',')}`), graph);
    expect(opened).toEqual({ state: start, dropped: [] });
    expect(serializeView(opened.state)).toBe(defaultLink);
    expect(cleanLink(parseLink(`#${field}=${fewer.map(encodeLinkId).join(',')}`), graph).state[field]).toEqual(fewer);
  });
});
