import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/graph/parse-report.ts';
import { createExplorerStore, type ExplorerStore } from '../../src/view/explorer-store.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';

const graph = bundledGraph();
const start = defaultView(graph.id);

function readyStore(): ExplorerStore {
  const store = createExplorerStore();
  store.getState().showGraph(graph, [], start, 'none');
  return store;
}

describe('createExplorerStore', () => {
  it('starts loading, with no graph and no history', () => {
    const state = createExplorerStore().getState();
    expect(state.phase).toEqual({ kind: 'loading', message: 'Loading…' });
    expect(state.graph).toBeNull();
    expect(state.view).toEqual(defaultView(''));
    expect(state.lastChange).toBe('none');
    expect(state.notices).toEqual([]);
    expect(state.centreRequest).toBeNull();
    expect(state.history).toEqual({ index: 0, top: 0 });
  });

  it('ignores dispatch before a graph is shown', () => {
    const store = createExplorerStore();
    const before = store.getState();
    before.dispatch({ type: 'select', node: 'lei-jun', centre: true });
    before.dispatch({ type: 'reset' });
    expect(store.getState()).toBe(before);
  });

  it('showGraph makes the phase ready with the graph, warnings, view and history mode given', () => {
    const store = createExplorerStore();
    store.getState().fail('Broken', [{ severity: 'error', path: '', message: 'no' }]);
    expect(store.getState().phase.kind).toBe('error');
    const warnings: Problem[] = [{ severity: 'warning', path: 'nodes[0]', message: 'odd' }];
    const view = { ...start, node: 'lei-jun' };
    store.getState().showGraph(graph, warnings, view, 'push');
    const state = store.getState();
    expect(state.phase).toEqual({ kind: 'ready' });
    expect(state.graph).toBe(graph);
    expect(state.fileWarnings).toBe(warnings);
    expect(state.view).toBe(view);
    expect(state.lastChange).toBe('push');
  });

  it('startLoading and fail set the phase', () => {
    const store = createExplorerStore();
    store.getState().startLoading('Loading xiaomi-ai…');
    expect(store.getState().phase).toEqual({ kind: 'loading', message: 'Loading xiaomi-ai…' });
    const problems: Problem[] = [{ severity: 'error', path: 'edges[0].target', message: 'no node "x"' }];
    store.getState().fail('The graph file "x" cannot be opened', problems);
    expect(store.getState().phase).toEqual({ kind: 'error', title: 'The graph file "x" cannot be opened', problems });
  });
});

describe('dispatch', () => {
  it('applies the action and records how it enters history', () => {
    const store = readyStore();
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    expect(store.getState().view).toEqual({ ...start, node: 'lei-jun' });
    expect(store.getState().lastChange).toBe('push');

    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 1.5, x: 1, y: 2 } });
    expect(store.getState().view.camera).toEqual({ zoom: 1.5, x: 1, y: 2 });
    expect(store.getState().lastChange).toBe('replace');

    store.getState().dispatch({ type: 'moveNode', node: 'lei-jun', position: { x: 3, y: 4 } });
    expect(store.getState().lastChange).toBe('replace');

    store.getState().dispatch({ type: 'setFocus', focus: 2 });
    expect(store.getState().lastChange).toBe('push');

    const restored = { ...start, node: 'wang-bin' };
    store.getState().dispatch({ type: 'restore', view: restored });
    expect(store.getState().view).toBe(restored);
    expect(store.getState().lastChange).toBe('none');
  });

  it('leaves the state untouched by an action that changes nothing', () => {
    const store = readyStore();
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    const before = store.getState();
    before.dispatch({ type: 'select', node: 'lei-jun' });
    before.dispatch({ type: 'select', node: 'nobody' });
    before.dispatch({ type: 'toggleOrganisation', organisation: 'lei-jun' });
    before.dispatch({ type: 'moveNode', node: 'nobody', position: { x: 0, y: 0 } });
    expect(store.getState()).toBe(before);
  });

  it('asks the canvas to centre on every select with `centre`, even of the selected node', () => {
    const store = readyStore();
    store.getState().dispatch({ type: 'select', node: 'lei-jun', centre: true });
    const first = store.getState().centreRequest;
    expect(first).toEqual({ node: 'lei-jun', seq: expect.any(Number) as number });
    expect(store.getState().lastChange).toBe('push');

    const view = store.getState().view;
    store.getState().dispatch({ type: 'select', node: 'lei-jun', centre: true });
    const second = store.getState().centreRequest;
    expect(second?.node).toBe('lei-jun');
    expect(second?.seq).toBeGreaterThan(first?.seq ?? Number.POSITIVE_INFINITY);
    // Centring is no history step: the view is the same object, and says so.
    expect(store.getState().view).toBe(view);
    expect(store.getState().lastChange).toBe('none');

    store.getState().dispatch({ type: 'select', node: 'wang-bin' });
    expect(store.getState().centreRequest).toBe(second);
  });

  it('does not centre on an unknown node', () => {
    const store = readyStore();
    const before = store.getState();
    before.dispatch({ type: 'select', node: 'nobody', centre: true });
    expect(store.getState().centreRequest).toBeNull();
  });

  it('turns the notices of a transition into info notices', () => {
    const store = readyStore();
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'toggleOrganisation', organisation: 'microsoft' });
    expect(store.getState().view.node).toBeNull();
    expect(store.getState().notices).toEqual([
      {
        id: expect.any(Number) as number,
        text: 'Lei Jun is hidden by the filters, so it is no longer selected.',
        tone: 'info',
      },
    ]);
  });
});

describe('notices', () => {
  it('accumulate with unique ids, keep the latest 6, and are dismissed by id', () => {
    const store = readyStore();
    for (let n = 1; n <= 8; n++) store.getState().notify(`notice ${n}`, n % 2 === 0 ? 'warning' : 'error');
    const notices = store.getState().notices;
    expect(notices.map((notice) => notice.text)).toEqual([
      'notice 3',
      'notice 4',
      'notice 5',
      'notice 6',
      'notice 7',
      'notice 8',
    ]);
    expect(notices.map((notice) => notice.tone)).toEqual(['error', 'warning', 'error', 'warning', 'error', 'warning']);
    expect(new Set(notices.map((notice) => notice.id)).size).toBe(6);

    const [, second] = notices;
    if (second === undefined) throw new Error('expected notices');
    store.getState().dismissNotice(second.id);
    expect(store.getState().notices.map((notice) => notice.text)).toEqual([
      'notice 3',
      'notice 5',
      'notice 6',
      'notice 7',
      'notice 8',
    ]);
    store.getState().dismissNotice(-1);
    expect(store.getState().notices).toHaveLength(5);
  });

  it('are info by default', () => {
    const store = createExplorerStore();
    store.getState().notify('hello');
    expect(store.getState().notices).toEqual([{ id: expect.any(Number) as number, text: 'hello', tone: 'info' }]);
  });
});

describe('setHistoryPosition', () => {
  it('records the index and top', () => {
    const store = readyStore();
    store.getState().setHistoryPosition(2, 5);
    expect(store.getState().history).toEqual({ index: 2, top: 5 });
  });
});
