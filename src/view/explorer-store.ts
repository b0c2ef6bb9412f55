import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Graph } from '../graph/graph-model.ts';
import type { Problem } from '../graph/parse-report.ts';
import { orderedUpdates } from './ordered-updates.ts';
import { historyMode, type ViewAction } from './view-actions.ts';
import { applyViewAction } from './view-transitions.ts';
import { defaultView, type ViewState } from './view-state.ts';

export type Phase =
  | { readonly kind: 'loading'; readonly message: string }
  | { readonly kind: 'error'; readonly title: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'ready' };

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning' | 'error';
}

export interface ExplorerState {
  readonly phase: Phase;
  readonly graph: Graph | null;
  /** Warnings `parseGraph` reported for the open file. */
  readonly fileWarnings: readonly Problem[];
  readonly view: ViewState;
  /** How the last view change enters the browser history; read by the history sync. */
  readonly lastChange: 'push' | 'replace' | 'none';
  readonly notices: readonly Notice[];
  /** Asks the canvas to bring a node to the centre; `seq` makes a repeated request a new one. */
  readonly centreRequest: { readonly node: string; readonly seq: number } | null;
  /** Where the current entry sits among the entries this tab's explorer wrote: drives Undo/Redo. */
  readonly history: { readonly index: number; readonly top: number };
}

export interface ExplorerActions {
  readonly dispatch: (action: ViewAction) => void;
  readonly startLoading: (message: string) => void;
  /** A graph is open: shows it with this view, without a history step (the caller writes the entry). */
  readonly showGraph: (
    graph: Graph,
    fileWarnings: readonly Problem[],
    view: ViewState,
    lastChange: 'push' | 'replace' | 'none',
  ) => void;
  readonly fail: (title: string, problems: readonly Problem[]) => void;
  readonly notify: (text: string, tone?: Notice['tone']) => void;
  readonly dismissNotice: (id: number) => void;
  readonly setHistoryPosition: (index: number, top: number) => void;
}

export type ExplorerStore = StoreApi<ExplorerState & ExplorerActions>;

const MAX_NOTICES = 6;

export function createExplorerStore(): ExplorerStore {
  let nextNoticeId = 1;
  let nextCentreSeq = 1;
  const noticesWith = (notices: readonly Notice[], texts: readonly string[], tone: Notice['tone']): Notice[] =>
    [...notices, ...texts.map((text) => ({ id: nextNoticeId++, text, tone }))].slice(-MAX_NOTICES);

  // Ordered: a listener that changes the store (the canvas answering a centre request with a camera
  // change) never makes another listener miss or merge a change (see orderedUpdates).
  return createStore<ExplorerState & ExplorerActions>()(
    orderedUpdates((set) => ({
      phase: { kind: 'loading', message: 'Loading…' },
      graph: null,
      fileWarnings: [],
      view: defaultView(''),
      lastChange: 'none',
      notices: [],
      centreRequest: null,
      history: { index: 0, top: 0 },

      dispatch(action) {
        // Computed when applied: a dispatch made while another change is being delivered starts from that change.
        set((state) => {
          const { graph, view, notices } = state;
          if (!graph) return state;
          const result = applyViewAction(graph, view, action);
          // Only a selection that took effect is centred: an unknown id is ignored by the transition, so here too.
          const centreOn =
            action.type === 'select' && action.centre === true && result.view.node === action.node ? action.node : null;
          if (result.view === view && result.notices.length === 0 && centreOn === null) return state;
          return {
            view: result.view,
            lastChange: result.view === view ? 'none' : historyMode(action),
            notices: result.notices.length > 0 ? noticesWith(notices, result.notices, 'info') : notices,
            ...(centreOn !== null && { centreRequest: { node: centreOn, seq: nextCentreSeq++ } }),
          };
        });
      },
      startLoading(message) {
        set({ phase: { kind: 'loading', message } });
      },
      showGraph(graph, fileWarnings, view, lastChange) {
        set({ phase: { kind: 'ready' }, graph, fileWarnings, view, lastChange, centreRequest: null });
      },
      fail(title, problems) {
        set({ phase: { kind: 'error', title, problems } });
      },
      notify(text, tone = 'info') {
        set((state) => ({ notices: noticesWith(state.notices, [text], tone) }));
      },
      dismissNotice(id) {
        set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
      },
      setHistoryPosition(index, top) {
        set({ history: { index, top } });
      },
    })),
  );
}
