import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { createExplorerStore } from '../../src/view/explorer-store.ts';
import { connectHistory } from '../../src/view/history-sync.ts';
import { openLink } from '../../src/view/open-link.ts';
import { historyMode, type ViewAction } from '../../src/view/view-actions.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { applyViewAction } from '../../src/view/view-transitions.ts';
import { computeVisibleSet } from '../../src/view/visible-set.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { fakeHost } from './support/fake-history-host.ts';

/** The path and the date as view state: transitions, history steps, and what the date hides. */

const graph = bundledGraph();
const base = defaultView(graph.id);
const PATH = { from: 'luan-jian', to: 'lei-jun' };

function apply(action: ViewAction, view: ViewState = base): ViewState {
  return applyViewAction(graph, view, action).view;
}

describe('path transitions', () => {
  it('sets a path between two known entities, with or without direction, as one pushed step', () => {
    expect(apply({ type: 'setPath', path: PATH })).toEqual({ ...base, path: PATH });
    expect(apply({ type: 'setPath', path: PATH, followDirection: true })).toEqual({
      ...base,
      path: PATH,
      followDirection: true,
    });
    expect(historyMode({ type: 'setPath', path: PATH })).toBe('push');
    expect(historyMode({ type: 'setFollowDirection', follow: true })).toBe('push');
    expect(historyMode({ type: 'setAsOf', asof: '2023' })).toBe('push');
  });

  it('ignores a path to an unknown entity or from an entity to itself (same view, no step)', () => {
    expect(apply({ type: 'setPath', path: { from: 'luan-jian', to: 'nobody' } })).toBe(base);
    expect(apply({ type: 'setPath', path: { from: 'luan-jian', to: 'luan-jian' } })).toBe(base);
  });

  it('clears the path and its direction in one step', () => {
    const directed = apply({ type: 'setPath', path: PATH, followDirection: true });
    expect(apply({ type: 'setPath', path: null }, directed)).toEqual(base);
  });

  it('toggles direction only while there is a path', () => {
    const withPath = apply({ type: 'setPath', path: PATH });
    expect(apply({ type: 'setFollowDirection', follow: true }, withPath).followDirection).toBe(true);
    expect(apply({ type: 'setFollowDirection', follow: true })).toBe(base);
  });

  it('keeps the path when the selection changes: it is not tied to the selected entity', () => {
    const withPath = apply({ type: 'setPath', path: PATH });
    expect(apply({ type: 'select', node: 'wang-bin' }, withPath).path).toEqual(PATH);
  });
});

describe('date transitions', () => {
  it('stores the date in its normal form and clears it with null', () => {
    expect(apply({ type: 'setAsOf', asof: ' 2023-03-01 ' }).asof).toBe('2023-03-01');
    expect(apply({ type: 'setAsOf', asof: '2023' }).asof).toBe('2023');
    expect(apply({ type: 'setAsOf', asof: null }, { ...base, asof: '2023' })).toEqual(base);
  });

  it('ignores text that is no date', () => {
    expect(apply({ type: 'setAsOf', asof: '2023-13' })).toBe(base);
  });

  it('deselects, with a notice, an entity the date hides from the organisation filter', () => {
    const view = { ...base, orgs: ['large-model-team'], node: 'luan-jian' };
    const result = applyViewAction(graph, view, { type: 'setAsOf', asof: '2023-03-01' });
    expect(result.view.node).toBeNull();
    expect(result.notices).toEqual(['Luan Jian is hidden by the filters, so it is no longer selected.']);
  });
});

describe('the visible set as of a date', () => {
  it("hides Luan Jian's appointment as head of the Large-Scale Model Team on 2023-03-01, not on 2023-05-01", () => {
    const appointment = 'luan-jian-heads-large-model-team';
    expect(computeVisibleSet(graph, { ...base, asof: '2023-03-01' }).edges.has(appointment)).toBe(false);
    expect(computeVisibleSet(graph, { ...base, asof: '2023-05-01' }).edges.has(appointment)).toBe(true);
    // Entities have no dates: the team itself stays.
    expect(computeVisibleSet(graph, { ...base, asof: '2023-03-01' }).nodes.has('large-model-team')).toBe(true);
  });

  it('applies the date to organisation membership', () => {
    const team = { ...base, orgs: ['large-model-team'] };
    expect(computeVisibleSet(graph, { ...team, asof: '2023-03-01' }).nodes.has('luan-jian')).toBe(false);
    expect(computeVisibleSet(graph, { ...team, asof: '2023-05-01' }).nodes.has('luan-jian')).toBe(true);
  });
});

describe('history: path and date steps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pushes setting the path, following direction, the date and clearing the path; Back restores each', async () => {
    const store = createExplorerStore();
    store.getState().showGraph(graph, [], base, 'none');
    const fake = fakeHost();
    const source: GraphSource = {
      defaultGraph: graph.id,
      canLoad: (ref) => ref === graph.id,
      loadText: () => Promise.reject(new Error('the open graph is not reloaded')),
    };
    connectHistory(store, fake.host, (fragment) => void openLink(store, source, fragment));
    const { dispatch } = store.getState();
    dispatch({ type: 'setPath', path: { from: 'luan-jian', to: 'zeng-xuezhong' } });
    dispatch({ type: 'setFollowDirection', follow: true });
    dispatch({ type: 'setAsOf', asof: '2023-03-01' });
    dispatch({ type: 'setPath', path: null });
    expect(fake.entries.map((entry) => entry.hash)).toEqual([
      '#v=1&graph=xiaomi-ai',
      '#v=1&path=luan-jian~zeng-xuezhong&graph=xiaomi-ai',
      '#v=1&path=luan-jian~zeng-xuezhong&dir=1&graph=xiaomi-ai',
      '#v=1&path=luan-jian~zeng-xuezhong&dir=1&asof=2023-03-01&graph=xiaomi-ai',
      '#v=1&asof=2023-03-01&graph=xiaomi-ai',
    ]);
    fake.back();
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().view).toEqual({
      ...base,
      path: { from: 'luan-jian', to: 'zeng-xuezhong' },
      followDirection: true,
      asof: '2023-03-01',
    });
    fake.back();
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().view.asof).toBeNull();
    expect(store.getState().view.followDirection).toBe(true);
  });
});
