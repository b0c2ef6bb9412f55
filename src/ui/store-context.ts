import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ExplorerActions, ExplorerState, ExplorerStore } from '../view/explorer-store.ts';

export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('useExplorerStore needs an <ExplorerStoreContext.Provider> above it');
  return store;
}

/** Reads the store through a selector; wrap object-returning selectors in `useShallow`. */
export function useExplorer<T>(selector: (state: ExplorerState & ExplorerActions) => T): T {
  return useStore(useExplorerStore(), selector);
}
