import type { ExplorerStore } from './explorer-store.ts';
import { serializeView } from './link/link-serialize.ts';
import type { ViewState } from './view-state.ts';

/** The parts of `window` the sync uses, so tests can hand in a fake. */
export interface HistoryHost {
  readonly location: { readonly hash: string };
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'back' | 'forward' | 'state'>;
  addEventListener(type: 'popstate', listener: (event: PopStateEvent) => void): void;
  removeEventListener(type: 'popstate', listener: (event: PopStateEvent) => void): void;
}

export interface HistorySync {
  undo(): void;
  redo(): void;
  /** Writes any pending camera or drag change now. */
  flush(): void;
  /** Makes the address show the current view (after a link that could not be opened as it was). */
  syncAddress(): void;
  stop(): void;
}

/** Camera and drag changes are written at most this often (browsers throttle history calls). */
export const REPLACE_INTERVAL_MS = 300;

interface EntryState {
  readonly kgIndex: number;
}

function entryIndex(state: unknown): number {
  const index = (state as Partial<EntryState> | null)?.kgIndex;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : 0;
}

/**
 * Keeps the address in step with the view: discrete steps push an entry, pans, zooms and drags
 * replace the current one (throttled), Back and Forward (`popstate`) reopen the entry's link.
 * Undo and Redo are Back and Forward, so the buttons and the browser walk one history.
 */
export function connectHistory(
  store: ExplorerStore,
  host: HistoryHost,
  reopen: (fragment: string) => void,
): HistorySync {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastReplace = 0;
  const url = (view: ViewState = store.getState().view): string => `#${serializeView(view)}`;
  /** True when the browser took the call. */
  const guarded = (write: () => void): boolean => {
    try {
      write();
      return true;
    } catch {
      // Some browsers throw after too many history calls; the view itself is unaffected.
      return false;
    }
  };
  const writeReplace = (view?: ViewState): void => {
    pending = undefined;
    lastReplace = Date.now();
    const { history } = store.getState();
    guarded(() => host.history.replaceState({ kgIndex: history.index } satisfies EntryState, '', url(view)));
  };
  /** `view`: what the current entry shows, when the store has already moved on to the next step. */
  const flush = (view?: ViewState): void => {
    if (pending === undefined) return;
    clearTimeout(pending);
    writeReplace(view);
  };

  const index = entryIndex(host.history.state);
  store.getState().setHistoryPosition(index, index);
  guarded(() => host.history.replaceState({ kgIndex: index } satisfies EntryState, '', url()));

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view || state.lastChange === 'none') return;
    if (state.lastChange === 'push') {
      // The pending camera or drag belongs to the entry being left, as it was before this step.
      flush(previous.view);
      const next = state.history.index + 1;
      // Without a new entry, Undo must not go back: that would leave the entry before, or the app.
      if (guarded(() => host.history.pushState({ kgIndex: next } satisfies EntryState, '', url()))) {
        state.setHistoryPosition(next, next);
      }
      return;
    }
    if (pending !== undefined) return;
    const wait = Math.max(0, lastReplace + REPLACE_INTERVAL_MS - Date.now());
    pending = setTimeout(() => writeReplace(), wait);
  });

  const onPopState = (event: PopStateEvent): void => {
    // A pending write belongs to the entry we just left; the entry we arrived at has its own link.
    clearTimeout(pending);
    pending = undefined;
    const { history, setHistoryPosition } = store.getState();
    const arrived = entryIndex(event.state);
    setHistoryPosition(arrived, Math.max(history.top, arrived));
    reopen(host.location.hash);
  };
  host.addEventListener('popstate', onPopState);

  return {
    undo() {
      flush();
      if (store.getState().history.index > 0) host.history.back();
    },
    redo() {
      flush();
      const { index, top } = store.getState().history;
      if (index < top) host.history.forward();
    },
    flush: () => flush(),
    syncAddress() {
      flush();
      if (host.location.hash !== url()) writeReplace();
    },
    stop() {
      flush();
      unsubscribe();
      host.removeEventListener('popstate', onPopState);
    },
  };
}
