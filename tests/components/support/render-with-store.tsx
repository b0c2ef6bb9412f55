import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Graph } from '../../../src/graph/graph-model.ts';
import { parseGraph } from '../../../src/graph/parse-graph.ts';
import { ExplorerStoreContext } from '../../../src/ui/store-context.ts';
import { createExplorerStore, type ExplorerStore } from '../../../src/view/explorer-store.ts';
import { defaultView, type ViewState } from '../../../src/view/view-state.ts';

/** Parses a graph file object (or JSON text) and fails the test with its problems when refused. */
export function graphFrom(file: unknown): Graph {
  const { graph, report } = parseGraph(file);
  if (!graph) throw new Error(`test graph refused: ${JSON.stringify(report.errors)}`);
  return graph;
}

/** A store already showing `graph` with `view` (defaults otherwise), as after opening a link. */
export function storeWith(graph: Graph, view: Partial<ViewState> = {}): ExplorerStore {
  const store = createExplorerStore();
  store.getState().showGraph(graph, [], { ...defaultView(graph.id), ...view }, 'none');
  return store;
}

/** Renders a component inside the store's context; returns Testing Library's result and the store. */
export function renderWithStore(ui: ReactElement, store: ExplorerStore): RenderResult & { store: ExplorerStore } {
  return { ...render(<ExplorerStoreContext.Provider value={store}>{ui}</ExplorerStoreContext.Provider>), store };
}
