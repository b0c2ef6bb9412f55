import { describe, expect, it } from 'vitest';
import { noPathText } from '../../src/ui/paths/no-path-text.ts';
import { pathBlockers } from '../../src/view/path-blockers.ts';
import { createPathSelector, findViewPaths } from '../../src/view/path-finding.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { computeVisibleSet } from '../../src/view/visible-set.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';

/**
 *   ada ─holds_role (from 2023-04)→ acme ←founded─ bob      cat ─reports_to→ dan
 *   ada ─reports_to→ eve ─reports_to→ bob                     (a longer, undated way)
 */
const graph = makeGraph({
  nodes: [person('ada', 'Ada'), person('bob', 'Bob'), person('eve', 'Eve'), organisation('acme', 'Acme')],
  edges: [
    edge('ada', 'holds_role', 'acme', { id: 'ada-acme', title: 'Head', start: '2023-04' }),
    edge('bob', 'founded', 'acme', { id: 'bob-acme' }),
    edge('ada', 'reports_to', 'eve', { id: 'ada-eve' }),
    edge('eve', 'reports_to', 'bob', { id: 'eve-bob' }),
  ],
});
const base: ViewState = { ...defaultView(graph.id), path: { from: 'ada', to: 'bob' } };

function paths(view: ViewState): string[][] {
  const found = findViewPaths(graph, computeVisibleSet(graph, view), view);
  return found === null ? [] : found.paths.map((path) => [...path.nodes]);
}

describe('the view path goes through what is visible', () => {
  it('finds both two-step paths with nothing filtered', () => {
    expect(paths(base)).toEqual([
      ['ada', 'acme', 'bob'],
      ['ada', 'eve', 'bob'],
    ]);
  });

  it('applies the date, the relation types and the entity types', () => {
    expect(paths({ ...base, asof: '2023-03' })).toEqual([['ada', 'eve', 'bob']]);
    expect(paths({ ...base, rels: ['reports_to'] })).toEqual([['ada', 'eve', 'bob']]);
    expect(paths({ ...base, types: ['person'] })).toEqual([['ada', 'eve', 'bob']]);
  });

  it('is null without a path, and memoised on the visible set and the path fields', () => {
    expect(findViewPaths(graph, computeVisibleSet(graph, base), { path: null, followDirection: false })).toBeNull();
    const select = createPathSelector();
    const visible = computeVisibleSet(graph, base);
    const first = select(graph, visible, base);
    const moved: ViewState = { ...base, camera: { zoom: 2, x: 0, y: 0 } };
    expect(select(graph, visible, moved)).toBe(first);
    expect(select(graph, visible, { ...base, followDirection: true })).not.toBe(first);
  });
});

describe('pathBlockers', () => {
  it('names each filter that, switched off alone, lets a path through', () => {
    const view = { ...base, asof: '2023-03', rels: ['holds_role', 'founded'] };
    expect(paths(view)).toEqual([]);
    expect(pathBlockers(graph, view)).toEqual({ alone: ['relations', 'date'], together: false, active: true });
  });

  it('names focus and "Follow direction" too', () => {
    const focused = { ...base, node: 'ada', focus: 1 };
    expect(paths(focused)).toEqual([]);
    expect(pathBlockers(graph, focused).alone).toEqual(['focus']);
    const directed = { ...base, path: { from: 'bob', to: 'ada' }, followDirection: true };
    expect(pathBlockers(graph, directed).alone).toEqual(['direction']);
  });

  it('says when only all the filters together hide a path', () => {
    const view = { ...base, asof: '2023-03', types: ['person', 'organization'], rels: ['holds_role', 'founded'] };
    const hidden = { ...view, types: ['organization'] };
    expect(paths(hidden)).toEqual([]);
    // Without the types, the date and relations still block; without either of those, the types still do.
    expect(pathBlockers(graph, hidden)).toEqual({ alone: [], together: true, active: true });
  });

  it('says when the two are not connected at all', () => {
    const apart = makeGraph({ nodes: [person('a'), person('b')] });
    const view = { ...defaultView(apart.id), path: { from: 'a', to: 'b' }, asof: '2020' };
    expect(pathBlockers(apart, view)).toEqual({ alone: [], together: false, active: true });
  });

  it('on the bundled graph, the organisation filter hides the path from Luan Jian to Lei Jun', () => {
    const bundled = bundledGraph();
    const view = { ...defaultView(bundled.id), path: { from: 'luan-jian', to: 'lei-jun' }, orgs: ['microsoft'] };
    expect(pathBlockers(bundled, view).alone).toEqual(['organisations']);
  });
});

describe('noPathText', () => {
  it('says which filters hide a path, in the words of their controls', () => {
    expect(noPathText('Ada', 'Bob', { alone: ['date'], together: false, active: true }, 'March 2023')).toBe(
      'No path from Ada to Bob in what is shown. Without the date (as of March 2023) there is one.',
    );
    expect(
      noPathText('Ada', 'Bob', { alone: ['organisations', 'types', 'focus'], together: false, active: true }, ''),
    ).toBe(
      'No path from Ada to Bob in what is shown. Without the organisation filter, the entity types shown or the focus there is one.',
    );
  });

  it('says when only all filters together hide one, or when the two are not connected', () => {
    expect(noPathText('Ada', 'Bob', { alone: [], together: true, active: true }, '')).toBe(
      'No path from Ada to Bob in what is shown. Only without all the active filters together is there one.',
    );
    expect(noPathText('Ada', 'Bob', { alone: [], together: false, active: false }, '')).toBe(
      'No path from Ada to Bob: they are not connected in this graph.',
    );
    expect(noPathText('Ada', 'Bob', { alone: [], together: false, active: true }, '')).toBe(
      'No path from Ada to Bob: they are not connected in this graph, whatever the filters.',
    );
  });
});
