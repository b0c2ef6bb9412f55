import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Graph } from '../../../src/graph/graph-model.ts';
import { renderWithStore, storeWith } from './render-with-store.tsx';

/** The visible text of an element, whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each item's own line (a role or relation), without the evidence quoted under it. */
export function lines(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list)
    .map((item) => text(item.querySelector('p')));
}

/** Renders a panel for `graph` with `node` selected and returns the Details region. */
export function renderPanel(panel: ReactElement, graph: Graph, node: string | null) {
  const result = renderWithStore(panel, storeWith(graph, { node }));
  return { ...result, panel: screen.getByRole('region', { name: 'Details' }) };
}
