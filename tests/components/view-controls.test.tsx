import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { ViewControls } from '../../src/ui/view-controls/ViewControls.tsx';
import { graphFrom, renderWithStore, storeWith } from './support/render-with-store.tsx';

const file = (nodes: readonly object[]): Graph => graphFrom({ version: 1, id: 'g', title: 'G', nodes, edges: [] });

function layoutChoices(graph: Graph): string[] {
  const { container, unmount } = renderWithStore(<ViewControls graph={graph} />, storeWith(graph));
  const select = within(container).getByRole('combobox', { name: 'Layout' });
  const choices = within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);
  unmount();
  return choices;
}

describe('ViewControls layout menu', () => {
  it('offers Saved positions when every node has one', () => {
    const placed = file([{ id: 'a', label: 'A', type: 'person', position: { x: 1, y: 2 } }]);
    expect(layoutChoices(placed)).toContain('Saved positions');
  });

  it('does not offer Saved positions on a graph without them, nor on an empty graph', () => {
    expect(layoutChoices(file([{ id: 'a', label: 'A', type: 'person' }]))).not.toContain('Saved positions');
    expect(layoutChoices(file([]))).not.toContain('Saved positions');
  });
});
