import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createExplorerStore, type ExplorerStore } from '../../src/view/explorer-store.ts';
import { connectHistory } from '../../src/view/history-sync.ts';
import { orderedUpdates } from '../../src/view/ordered-updates.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { fakeHost } from './support/fake-history-host.ts';
import { bundledGraph } from '../support/bundled-graph.ts';

/**
 * A listener that changes the store while the store is telling listeners about another change
 * (the canvas answering a centre request with a camera move) must not make any other listener
 * miss that other change, nor see the two merged.
 */

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('orderedUpdates', () => {
  it('delivers a change made by a listener after every listener has seen the change before it', () => {
    const store = createStore<{ n: number }>()(orderedUpdates(() => ({ n: 0 })));
    const seen: string[] = [];
    store.subscribe((state, previous) => {
      seen.push(`first ${previous.n}→${state.n}`);
      if (state.n === 1) store.setState((current) => ({ n: current.n + 10 }));
    });
    store.subscribe((state, previous) => seen.push(`second ${previous.n}→${state.n}`));
    store.setState({ n: 1 });
    expect(seen).toEqual(['first 0→1', 'second 0→1', 'first 1→11', 'second 1→11']);
    expect(store.getState().n).toBe(11);
  });

  it('computes a queued update from the state before it, so two queued updates both count', () => {
    const store = createStore<{ n: number }>()(orderedUpdates(() => ({ n: 0 })));
    store.subscribe((state) => {
      if (state.n !== 1) return;
      store.setState((current) => ({ n: current.n + 1 }));
      store.setState((current) => ({ n: current.n + 1 }));
    });
    store.setState({ n: 1 });
    expect(store.getState().n).toBe(3);
  });

  it('keeps working after a listener throws', () => {
    const store = createStore<{ n: number }>()(orderedUpdates(() => ({ n: 0 })));
    const unsubscribe = store.subscribe(() => {
      throw new Error('broken listener');
    });
    expect(() => store.setState({ n: 1 })).toThrow('broken listener');
    unsubscribe();
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.n));
    store.setState({ n: 2 });
    expect(seen).toEqual([2]);
  });
});

describe('the explorer store with a listener that answers centre requests (as the canvas does)', () => {
  const graph = bundledGraph();

  /** Subscribed before the history sync, as the canvas is: it mounts when the graph is shown. */
  function storeWithCanvasLikeListener(): ExplorerStore {
    const store = createExplorerStore();
    store.getState().showGraph(graph, [], defaultView(graph.id), 'none');
    store.subscribe((state, previous) => {
      const request = state.centreRequest;
      if (request && request !== previous.centreRequest) {
        state.dispatch({ type: 'setCamera', camera: { zoom: 1, x: 10, y: 20 } });
      }
    });
    return store;
  }

  it('pushes one history entry for a select that centres, then replaces it with the camera', () => {
    const store = storeWithCanvasLikeListener();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    store.getState().dispatch({ type: 'select', node: 'luan-jian', centre: true });
    vi.runAllTimers();
    expect(fake.writes.map((write) => write.kind)).toEqual(['replace', 'push', 'replace']);
    expect(fake.entries.map((entry) => entry.hash)).toEqual([
      '#v=1&graph=xiaomi-ai',
      '#v=1&node=luan-jian&view=1,10,20&graph=xiaomi-ai',
    ]);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });
    expect(store.getState().view.camera).toEqual({ zoom: 1, x: 10, y: 20 });
  });

  it('then Back has an entry of the explorer to return to, without the selection', () => {
    const store = storeWithCanvasLikeListener();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    store.getState().dispatch({ type: 'select', node: 'luan-jian', centre: true });
    store.getState().dispatch({ type: 'toggleOrganisation', organisation: 'xiaomi' });
    vi.runAllTimers();
    expect(fake.entries).toHaveLength(3);
    fake.back();
    fake.back();
    expect(fake.index()).toBe(0);
    expect(fake.entries[0]?.hash).toBe('#v=1&graph=xiaomi-ai');
  });
});
