import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Graph } from '../../../src/graph/graph-model.ts';
import { memoryImportMemory } from '../../../src/sources/local-files.ts';
import { OpeningContext } from '../../../src/ui/open/opening-context.ts';
import { ExplorerStoreContext } from '../../../src/ui/store-context.ts';
import type { Opening } from '../../../src/view/import-graph-input.ts';
import { createImportStore } from '../../../src/view/import-store.ts';
import { storeWith } from './render-with-store.tsx';

/** Renders inside the explorer store and the opening context, with a graph already shown. */
export function renderWithOpening(ui: ReactElement, graph: Graph): RenderResult & { opening: Opening } {
  const opening: Opening = { store: storeWith(graph), imports: createImportStore(), memory: memoryImportMemory() };
  const result = render(
    <ExplorerStoreContext.Provider value={opening.store}>
      <OpeningContext.Provider value={opening}>{ui}</OpeningContext.Provider>
    </ExplorerStoreContext.Provider>,
  );
  return { ...result, opening };
}
