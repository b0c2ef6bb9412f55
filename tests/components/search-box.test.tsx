import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/ui/search/SearchBox.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();

function valueOf(element: HTMLElement): string {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.value;
}

function setup(view: Parameters<typeof storeWith>[1] = {}) {
  const user = userEvent.setup();
  const store = storeWith(graph, view);
  renderWithStore(<SearchBox graph={graph} />, store);
  return { user, store, box: screen.getByRole('combobox', { name: 'Search' }) };
}

describe('SearchBox', () => {
  it('finds an entity by its Chinese name and selects and centres it on Enter', async () => {
    const { user, store, box } = setup();
    await user.type(box, '栾剑');
    const option = screen.getByRole('option', { name: /Luan Jian/ });
    expect(option.textContent).toContain('Luan Jian — 栾剑');
    expect(option.textContent).toContain('Person');
    expect(box.getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{Enter}');
    expect(store.getState().view.node).toBe('luan-jian');
    expect(store.getState().centreRequest).toMatchObject({ node: 'luan-jian' });
    expect(screen.queryByRole('option')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(valueOf(box)).toBe('栾剑');
  });

  it('does not repeat the label when the label itself matched', async () => {
    const { user, box } = setup();
    await user.type(box, 'luan');
    expect(screen.getAllByRole('option')[0]?.textContent).toMatch(/^Luan JianPerson$/);
  });

  it('moves the active option with the arrow keys, wrapping at both ends', async () => {
    const { user, store, box } = setup();
    await user.type(box, 'xiao');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    const first = options[0];
    const last = options.at(-1);
    if (!first || !last) throw new Error('expected options');

    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(box.getAttribute('aria-activedescendant')).toBe(last.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    await user.keyboard('{ArrowDown}{Enter}');
    const second = options[1]?.textContent ?? '';
    const chosen = store.getState().view.node;
    expect(chosen).not.toBeNull();
    expect(second).toContain(graph.nodes.get(chosen ?? '')?.label);
  });

  it('selects an option when it is clicked', async () => {
    const { user, store, box } = setup();
    await user.type(box, 'wang');
    await user.click(screen.getByRole('option', { name: /Wang Bin/ }));
    expect(store.getState().view.node).toBe('wang-bin');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes the list on Escape and clears the text on a second Escape', async () => {
    const { user, box } = setup();
    await user.type(box, 'lei');
    expect(screen.getByRole('listbox').hidden).toBe(false);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(valueOf(box)).toBe('lei');
    await user.keyboard('{Escape}');
    expect(valueOf(box)).toBe('');
  });

  it('says when nothing matches', async () => {
    const { user, box } = setup();
    await user.type(box, 'qqqqzzzz');
    expect(screen.getByRole('status').textContent).toContain('No matches');
    expect(screen.queryByRole('option')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks entities hidden by the filters but still lets them be chosen', async () => {
    const { user, store, box } = setup({ orgs: ['microsoft'] });
    await user.type(box, 'lei jun');
    const option = screen.getByRole('option', { name: /Lei Jun/ });
    expect(within(option).getByText(/hidden by filters/).isConnected).toBe(true);
    await user.keyboard('{Enter}');
    expect(store.getState().view.node).toBe('lei-jun');
  });

  it('focuses from anywhere with "/" without typing it, but not while typing elsewhere', async () => {
    const user = userEvent.setup();
    const store = storeWith(graph);
    renderWithStore(
      <>
        <label>
          Note <input />
        </label>
        <SearchBox graph={graph} />
      </>,
      store,
    );
    const box = screen.getByRole('combobox', { name: 'Search' });
    const note = screen.getByRole('textbox', { name: 'Note' });

    await user.click(note);
    await user.keyboard('/');
    expect(document.activeElement).toBe(note);
    expect(valueOf(note)).toBe('/');

    await user.click(document.body);
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect(valueOf(box)).toBe('');

    await user.click(document.body);
    await user.keyboard('{Control>}/{/Control}');
    expect(document.activeElement).not.toBe(box);
  });
});
