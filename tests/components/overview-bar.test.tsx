import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { OverviewBar } from '../../src/ui/overview/OverviewBar.tsx';
import { clusterForest } from '../../src/view/overview/cluster-forest.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { graphFrom, renderWithStore, storeWith } from './support/render-with-store.tsx';

const big = graphFrom(syntheticGraph({ id: 'big', nodes: 2500, seed: 2500 }));
const companies = clusterForest(big).roots.length;

describe('OverviewBar', () => {
  it('says what the overview shows and draws the whole graph, then the overview again, in one click each', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<OverviewBar />, storeWith(big));
    const bar = screen.getByRole('region', { name: 'Overview' });
    expect(bar.textContent).toContain(
      `${companies} groups and 0 entities stand for ${big.nodes.size.toLocaleString('en')} entities`,
    );
    expect(within(bar).queryByRole('button', { name: 'Close groups' })).toBeNull();

    await user.click(within(bar).getByRole('button', { name: 'Show whole graph' }));
    expect(store.getState().view.all).toBe(true);
    expect(store.getState().lastChange).toBe('push');
    expect(bar.textContent).toContain(`All ${big.nodes.size.toLocaleString('en')} entities are drawn.`);

    await user.click(within(bar).getByRole('button', { name: 'Back to overview' }));
    expect(store.getState().view.all).toBe(false);
  });

  it('closes the opened groups', async () => {
    const user = userEvent.setup();
    const [first = ''] = clusterForest(big).roots;
    const { store } = renderWithStore(<OverviewBar />, storeWith(big, { open: [first] }));
    await user.click(screen.getByRole('button', { name: 'Close groups' }));
    expect(store.getState().view.open).toEqual([]);
  });

  it('is not there when every visible entity is drawn anyway', () => {
    const small = bundledGraph();
    renderWithStore(<OverviewBar />, storeWith(small));
    expect(screen.queryByRole('region', { name: 'Overview' })).toBeNull();
    renderWithStore(<OverviewBar />, storeWith(big, { types: ['organization'] }));
    expect(screen.queryByRole('region', { name: 'Overview' })).toBeNull();
  });
});
