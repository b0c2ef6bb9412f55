import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EntityList } from '../../src/ui/search/EntityList.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { graphFrom, renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();

function region() {
  return screen.getByRole('region', { name: 'Entities' });
}

describe('EntityList', () => {
  it('lists every visible entity under a heading per type, sorted by label', () => {
    renderWithStore(<EntityList graph={graph} />, storeWith(graph));
    const headings = within(region())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    const count = (type: string): number => [...graph.nodes.values()].filter((node) => node.type === type).length;
    expect(headings).toEqual([
      `Person (${count('person')})`,
      `Organisation (${count('organization')})`,
      `Product (${count('product')})`,
    ]);

    const people = within(region()).getByRole('list', { name: /Person/ });
    const names = within(people)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(expect.arrayContaining(['Lei Jun', 'Luan Jian', 'Wang Bin', 'William Lu', 'Zeng Xuezhong']));
    expect(names).toHaveLength(count('person'));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(within(region()).getAllByRole('button')).toHaveLength(graph.nodes.size);
  });

  it('selects an entity when its button is pressed, and marks it as current', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EntityList graph={graph} />, storeWith(graph));
    const button = screen.getByRole('button', { name: 'Wang Bin' });
    expect(button.hasAttribute('aria-current')).toBe(false);

    await user.click(button);
    expect(store.getState().view.node).toBe('wang-bin');
    expect(store.getState().centreRequest).toBeNull();
    expect(screen.getByRole('button', { name: 'Wang Bin' }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: 'Lei Jun' }).hasAttribute('aria-current')).toBe(false);
  });

  it('leaves out entities hidden by the filters', () => {
    renderWithStore(<EntityList graph={graph} />, storeWith(graph, { orgs: ['microsoft'] }));
    expect(screen.getByRole('button', { name: 'Microsoft' }).isConnected).toBe(true);
    expect(screen.queryByRole('button', { name: 'Lei Jun' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xiaomi' })).toBeNull();
  });

  it('shows the first 500 of a large group and the rest on request', async () => {
    const user = userEvent.setup();
    const big = graphFrom({
      version: 1,
      id: 'big',
      title: 'Big',
      sources: [],
      nodes: Array.from({ length: 620 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, type: 'person' })),
      edges: [],
    });
    renderWithStore(<EntityList graph={big} />, storeWith(big, { node: 'p619' }));
    expect(screen.getByRole('heading', { name: 'Person (620)' }).isConnected).toBe(true);
    const items = () => within(screen.getByRole('list', { name: /Person/ })).getAllByRole('listitem');
    // The first page, plus the selected entity so it is always reachable.
    expect(items()).toHaveLength(501);
    // (By text: naming 600 buttons by role is slow in jsdom.)
    expect(screen.getByText('Person 619').getAttribute('aria-current')).toBe('true');
    const showAll = screen.getByText('Show all 620');
    expect(showAll.tagName).toBe('BUTTON');

    await user.click(showAll);
    expect(items()).toHaveLength(620);
    expect(screen.queryByText(/Show all/)).toBeNull();
  });
});
