import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { createExplorerStore } from '../../view/explorer-store.ts';
import { connectHistory, type HistorySync } from '../../view/history-sync.ts';
import type { GraphSource } from '../../sources/graph-source.ts';
import { openLink } from '../../view/open-link.ts';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { preloadCanvas } from './GraphCanvas.tsx';
import { ErrorScreen, LoadingScreen } from './StatusScreens.tsx';
import { GraphSourceContext } from '../source-context.ts';
import { ExplorerStoreContext } from '../store-context.ts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { createImportStore } from '../../view/import-store.ts';
import { memoryImportMemory } from '../../sources/local-files.ts';
import { ImportDialogs } from '../open/ImportDialogs.tsx';
import { OpeningContext } from '../open/opening-context.ts';
import { OpenFileInput } from '../open/OpenFileInput.tsx';
import { usePageTheme } from '../theme/use-page-theme.ts';
import { ViewLanguage } from './ViewLanguage.tsx';

/** Opens the link in the address bar, then keeps address, history and view in step. */
export function App({ source }: { source: GraphSource }) {
  const store = useMemo(() => createExplorerStore(), []);
  const opening = useMemo(
    () => ({ store, imports: createImportStore(), memory: source.imports ?? memoryImportMemory() }),
    [store, source],
  );
  const history = useRef<HistorySync | null>(null);
  const phase = useStore(store, (state) => state.phase);
  // The explorer for a newly opened graph renders in the background, in slices React yields between,
  // so opening a graph is no long task that blocks input (first load, or a graph of thousands).
  const graph = useDeferredValue(useStore(store, (state) => state.graph));

  useEffect(() => {
    // Cytoscape loads while the graph file does: the first picture waits for neither one after the other.
    void preloadCanvas();
    let stopped = false;
    let waiting = (): void => undefined;
    const reopen = (fragment: string): void =>
      void openLink(store, source, fragment, opening.imports).then(() => history.current?.syncAddress());
    const connect = (): void => {
      if (!stopped && !history.current) history.current = connectHistory(store, window, reopen);
    };
    void openLink(store, source, window.location.hash, opening.imports).then(() => {
      if (store.getState().graph) connect();
      // The link could not be opened: the first graph the user opens (a file) starts the history.
      else waiting = store.subscribe((state) => (state.graph ? (waiting(), connect()) : undefined));
    });
    return () => {
      stopped = true;
      waiting();
      history.current?.stop();
      history.current = null;
    };
  }, [store, source, opening]);

  const onUndo = useCallback(() => history.current?.undo(), []);
  const onRedo = useCallback(() => history.current?.redo(), []);
  const onEscape = useCallback(() => store.getState().dispatch({ type: 'select', node: null }), [store]);
  useKeyboardShortcuts({ onUndo, onRedo, onEscape });
  usePageTheme();

  let content;
  if (phase.kind === 'error')
    content = (
      <ErrorScreen title={phase.title} problems={phase.problems}>
        <p>
          Or open a graph file of your own: <OpenFileInput /> (or drop it on the page).
        </p>
      </ErrorScreen>
    );
  else if (phase.kind === 'loading' || !graph)
    content = <LoadingScreen message={phase.kind === 'loading' ? phase.message : ''} />;
  else content = <ExplorerLayout graph={graph} onUndo={onUndo} onRedo={onRedo} />;
  return (
    <ExplorerStoreContext.Provider value={store}>
      <GraphSourceContext.Provider value={source}>
        <OpeningContext.Provider value={opening}>
          <ViewLanguage>{content}</ViewLanguage>
          <ImportDialogs />
        </OpeningContext.Provider>
      </GraphSourceContext.Provider>
    </ExplorerStoreContext.Provider>
  );
}
