import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Opening } from '../../view/import-graph-input.ts';
import type { ImportState } from '../../view/import-store.ts';

/** The explorer, the import state and the browser's memory of opened files, for the open/import UI. */
export const OpeningContext = createContext<Opening | null>(null);

export function useOpening(): Opening {
  const opening = useContext(OpeningContext);
  if (!opening) throw new Error('useOpening needs an <OpeningContext.Provider> above it');
  return opening;
}

export function useImports<T>(selector: (state: ImportState) => T): T {
  return useStore(useOpening().imports, selector);
}
