import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_FROM } from '../../src/view/overview/overview-size.ts';
import { ExplorerLayout } from '../../src/ui/shell/ExplorerLayout.tsx';
import { renderWithOpening } from './support/render-with-opening.tsx';
import { graphFrom } from './support/render-with-store.tsx';

/** One organisation and `people` people in it. */
function graphOf(people: number) {
  return graphFrom({
    version: 1,
    id: `g${people}`,
    title: 'People',
    nodes: [
      { id: 'org', label: 'The Org', type: 'organization' },
      ...Array.from({ length: people }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, type: 'person' })),
    ],
    edges: Array.from({ length: people }, (_, i) => ({
      id: `r${i}`,
      source: `p${i}`,
      target: 'org',
      type: 'holds_role',
    })),
  });
}

const sidePanel = (): HTMLElement => screen.getByRole('navigation', { name: 'Filters and entities' });
const noop = (): void => undefined;

describe('the explorer screen', () => {
  it('shows a graph drawn whole with its filters and entity list from the start', () => {
    const graph = graphOf(20);
    renderWithOpening(<ExplorerLayout graph={graph} onUndo={noop} onRedo={noop} />, graph);
    expect(sidePanel().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('group', { name: 'Organisations' })).toBeTruthy();
  });

  it('draws an overview first, then its panels once the canvas has drawn or failed, never without them', async () => {
    const graph = graphOf(OVERVIEW_FROM + 1);
    renderWithOpening(<ExplorerLayout graph={graph} onUndo={noop} onRedo={noop} />, graph);
    // The header (search, sharing) is there at once; the panels that list thousands wait for the picture.
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeTruthy();
    expect(sidePanel().getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('group', { name: 'Organisations' })).toBeNull();
    // jsdom has no canvas to draw on: the drawing fails, and the panels come all the same.
    await waitFor(() => expect(sidePanel().getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });
    expect(screen.getByRole('group', { name: 'Organisations' })).toBeTruthy();
  });
});
