import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
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

  it('renders a large group as a scrolling list of only the rows in view, each saying its place', async () => {
    const user = userEvent.setup();
    const big = graphFrom({
      version: 1,
      id: 'big',
      title: 'Big',
      sources: [],
      nodes: Array.from({ length: 620 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, type: 'person' })),
      edges: [],
    });
    // jsdom lays nothing out: give the scrolling box the height a browser gives it (search.css).
    const height = vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(320);
    const width = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(260);
    onTestFinished(() => {
      height.mockRestore();
      width.mockRestore();
    });
    const { store } = renderWithStore(<EntityList graph={big} />, storeWith(big));
    expect(screen.getByRole('heading', { name: 'Person (620)' }).isConnected).toBe(true);
    // The scrolling list loads on demand; until then the first rows stand in.
    await waitFor(() =>
      expect(screen.getByRole('list', { name: /Person/ }).querySelector('[aria-setsize]')).not.toBeNull(),
    );
    const list = screen.getByRole('list', { name: /Person/ });
    const items = within(list).getAllByRole('listitem');
    // React renders a screenful, never the 620 rows.
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('620');
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    // Sorted by label with numbers read as numbers: Person 0, Person 1, Person 2…
    await user.click(within(list).getByRole('button', { name: 'Person 2' }));
    expect(store.getState().view.node).toBe('p2');
    expect(within(list).getByRole('button', { name: 'Person 2' }).getAttribute('aria-current')).toBe('true');
  });
});
