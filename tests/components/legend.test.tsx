import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  edgeTypeDefinition,
  edgeTypesInGraph,
  nodeTypeDefinition,
  nodeTypesInGraph,
} from '../../src/graph/type-labels.ts';
import { Legend } from '../../src/ui/legend/Legend.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();

describe('Legend', () => {
  it("names the graph's entity types and relation types, and the line styles", () => {
    renderWithStore(<Legend graph={graph} />, storeWith(graph));
    const legend = screen.getByRole('region', { name: 'Legend' });
    for (const type of nodeTypesInGraph(graph)) {
      expect(within(legend).getByText(nodeTypeDefinition(graph, type).label).isConnected).toBe(true);
    }
    const relations = within(legend).getByRole('list', { name: 'Relation types' });
    expect(
      within(relations)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(edgeTypesInGraph(graph).map((type) => edgeTypeDefinition(graph, type).label));
    expect(within(legend).getByText('dashed line: former / ended relation').isConnected).toBe(true);
    expect(within(legend).getByText('arrow: direction').isConnected).toBe(true);
  });

  it('explains the path highlight while a path is shown, and only then', () => {
    const { unmount } = renderWithStore(<Legend graph={graph} />, storeWith(graph));
    expect(screen.queryByText(/on a shortest path/)).toBeNull();
    unmount();
    renderWithStore(<Legend graph={graph} />, storeWith(graph, { path: { from: 'luan-jian', to: 'lei-jun' } }));
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByText('thick purple: on a shortest path (the rest is faded)').isConnected).toBe(true);
  });

  it('draws each type with its shape in its colour', () => {
    const { container } = renderWithStore(<Legend graph={graph} />, storeWith(graph));
    const shapes = [...container.querySelectorAll('svg.node-shape-icon')].map((svg) => svg.firstElementChild);
    expect(shapes.map((shape) => shape?.tagName)).toEqual(['ellipse', 'rect', 'polygon']);
    expect(shapes.map((shape) => shape?.getAttribute('fill'))).toEqual(['#0072B2', '#E69F00', '#009E73']);
  });

  it('collapses and expands', async () => {
    const user = userEvent.setup();
    renderWithStore(<Legend graph={graph} />, storeWith(graph));
    const legend = screen.getByRole('region', { name: 'Legend' });
    const hide = within(legend).getByRole('button', { name: 'Hide legend' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');

    await user.click(hide);
    const show = within(legend).getByRole('button', { name: 'Show legend' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    expect(within(legend).queryByText('Person')).toBeNull();

    await user.click(show);
    expect(within(legend).getByText('Person').isConnected).toBe(true);
  });
});
