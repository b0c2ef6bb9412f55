import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PATH_LIMIT } from '../../src/graph/shortest-paths.ts';
import { EntityDetailsPanel } from '../../src/ui/details/EntityDetailsPanel.tsx';
import type { ViewState } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, person } from '../unit/support/graph-builder.ts';
import { lines, text } from './support/panel-text.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();
const LUAN_TO_LEI = { from: 'luan-jian', to: 'lei-jun' };

function setup(view: Partial<ViewState>, on = graph) {
  const user = userEvent.setup();
  const { store } = renderWithStore(<EntityDetailsPanel graph={on} />, storeWith(on, view));
  return { user, store };
}

const pathRegion = (): HTMLElement => screen.getByRole('region', { name: 'Path' });

describe('the Path region', () => {
  it('reads the path as sentences in their declared direction, each with its quote and source', () => {
    setup({ node: 'luan-jian', path: LUAN_TO_LEI });
    const region = pathRegion();
    expect(text(within(region).getByRole('heading', { level: 2 }))).toBe('Path from Luan Jian to Lei Jun');
    expect(text(region)).toContain('1 shortest path of 2 steps');
    const steps = within(region).getByRole('list', { name: 'Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi' });
    expect(lines(steps)).toEqual([
      'Luan Jian holds role at Xiaomi, Senior Director, NLP Technology',
      'Lei Jun founded Xiaomi',
    ]);
    const quotes = within(steps).getAllByRole('list', { name: 'Evidence' });
    expect(quotes).toHaveLength(2);
    expect(text(quotes[1])).toContain('Xiaomi founder Lei Jun');
    expect(
      within(quotes[1] as HTMLElement)
        .getByRole('link')
        .getAttribute('rel'),
    ).toBe('noopener noreferrer');
  });

  it('makes every name a button that selects, one step, keeping the path', async () => {
    const { user, store } = setup({ node: 'luan-jian', path: LUAN_TO_LEI });
    const steps = within(pathRegion()).getByRole('list', { name: /Lei Jun founded Xiaomi/ });
    await user.click(within(steps).getAllByRole('button', { name: 'Xiaomi' })[0] as HTMLElement);
    expect(store.getState().view.node).toBe('xiaomi');
    expect(store.getState().view.path).toEqual(LUAN_TO_LEI);
    expect(store.getState().lastChange).toBe('push');
  });

  it('clears the path in one step, and ticks "Follow direction" in one step', async () => {
    const { user, store } = setup({ path: LUAN_TO_LEI });
    await user.click(within(pathRegion()).getByRole('checkbox', { name: 'Follow direction' }));
    expect(store.getState().view.followDirection).toBe(true);
    // Both relations point at Xiaomi: following direction there is none, and the region says why.
    expect(text(pathRegion())).toContain(
      'No path from Luan Jian to Lei Jun in what is shown. Without "Follow direction" there is one.',
    );
    await user.click(within(pathRegion()).getByRole('button', { name: 'Clear path' }));
    expect(store.getState().view.path).toBeNull();
    expect(store.getState().lastChange).toBe('push');
    expect(screen.queryByRole('region', { name: 'Path' })).toBeNull();
  });

  it('says which active filter hides the path', () => {
    setup({ path: LUAN_TO_LEI, orgs: ['microsoft'] });
    expect(text(pathRegion())).toContain(
      'No path from Luan Jian to Lei Jun in what is shown. Without the organisation filter there is one.',
    );
    expect(within(pathRegion()).queryByRole('list', { name: /holds role/ })).toBeNull();
  });

  it('says when there are more shortest paths than it shows', () => {
    const hubs = Array.from({ length: PATH_LIMIT + 2 }, (_, i) => `hub${i}`);
    const fan = makeGraph({
      nodes: [person('a', 'A'), person('z', 'Z'), ...hubs.map((id) => person(id))],
      edges: hubs.flatMap((hub) => [edge('a', 'knows', hub), edge(hub, 'knows', 'z')]),
    });
    setup({ path: { from: 'a', to: 'z' } }, fan);
    expect(text(pathRegion())).toContain(`${PATH_LIMIT} shortest paths of 2 steps (the first ${PATH_LIMIT} shown`);
    expect(within(pathRegion()).getAllByRole('heading', { level: 3 })).toHaveLength(PATH_LIMIT);
  });
});

describe('Find path…', () => {
  it('opens a "Path to" box that matches names as Search does, and sets the path from the selected entity', async () => {
    const { user, store } = setup({ node: 'luan-jian' });
    const details = screen.getByRole('region', { name: 'Details' });
    await user.click(within(details).getByRole('button', { name: 'Find path…' }));
    const box = within(details).getByRole('combobox', { name: 'Path to' });
    expect(document.activeElement).toBe(box);
    await user.type(box, '曾学忠');
    expect(within(details).getByRole('option', { name: /Zeng Xuezhong/ })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(store.getState().view.path).toEqual({ from: 'luan-jian', to: 'zeng-xuezhong' });
    expect(store.getState().view.followDirection).toBe(false);
    expect(store.getState().lastChange).toBe('push');
    expect(within(pathRegion()).getByRole('list', { name: /Zeng Xuezhong holds role at Xiaomi/ })).toBeTruthy();
    // The box is gone; focus lands on the answer rather than falling to the page.
    expect(document.activeElement).toBe(within(pathRegion()).getByRole('heading', { level: 2 }));
    expect(within(details).queryByRole('combobox', { name: 'Path to' })).toBeNull();
  });

  it('takes "Follow direction" along, refuses the entity itself, and closes on Cancel or Escape', async () => {
    const { user, store } = setup({ node: 'luan-jian' });
    await user.click(screen.getByRole('button', { name: 'Find path…' }));
    await user.type(screen.getByRole('combobox', { name: 'Path to' }), 'Luan Jian{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('choose another one');
    expect(store.getState().view.path).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('combobox', { name: 'Path to' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Find path…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Path to' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Find path…' }));
    await user.click(screen.getByRole('checkbox', { name: 'Follow direction' }));
    await user.type(screen.getByRole('combobox', { name: 'Path to' }), 'Xiaomi{Enter}');
    expect(store.getState().view).toMatchObject({ path: { from: 'luan-jian', to: 'xiaomi' }, followDirection: true });
  });
});
