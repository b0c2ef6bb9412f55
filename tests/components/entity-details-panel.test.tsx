import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EntityDetailsPanel } from '../../src/ui/details/EntityDetailsPanel.tsx';
import { lines, renderPanel as renderDetails, text } from './support/panel-text.ts';
import { bundledGraph } from '../support/bundled-graph.ts';

const graph = bundledGraph();

function renderPanel(node: string | null) {
  return renderDetails(<EntityDetailsPanel graph={graph} />, graph, node);
}

describe('EntityDetailsPanel on the bundled graph', () => {
  it('shows a hint, the graph and its sources when nothing is selected', () => {
    const { panel } = renderPanel(null);
    expect(text(panel)).toContain(
      'Select an entity on the canvas, in the list or with search to see its roles, relations and sources.',
    );
    within(panel).getByRole('heading', { level: 2, name: graph.title });
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    const link = within(sources).getByRole('link', {
      name: 'Xiaomi Founder Lei Jun Comments on Large-Scale Models and AIGC',
    });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/pandaily\.com\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a person: current roles with the organisation path and dates, then former roles', () => {
    const { panel } = renderPanel('luan-jian');
    within(panel).getByRole('heading', { level: 2, name: 'Luan Jian' });
    const roles = within(panel).getByRole('region', { name: 'Roles' });
    expect(
      within(roles)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Current', 'Former']);
    const current = lines(within(roles).getByRole('list', { name: 'Current' }));
    expect(current[0]).toBe(
      'Head of Large-Scale Model Team · AI Lab · Technical Committee · Xiaomi since 14 April 2023',
    );
    expect(current).toContain(
      'Person in charge of AI Lab Speech Generation Team · AI Lab · Technical Committee · Xiaomi',
    );
    const former = lines(within(roles).getByRole('list', { name: 'Former' }));
    expect(former).toContain('Researcher of Toshiba Research Institute former');
    expect(former).toContain('Chief Speech Scientist of Microsoft Xiaoice · Microsoft former');
    expect(current.some((line) => line.includes('Toshiba'))).toBe(false);
    for (const name of [
      'Large-Scale Model Team',
      'AI Lab',
      'Technical Committee',
      'Xiaomi',
      'Toshiba Research Institute',
    ]) {
      expect(within(roles).getAllByRole('button', { name }).length).toBeGreaterThan(0);
    }
  });

  it('reads a relation with its declared label from each end', () => {
    const { unmount } = renderPanel('luan-jian');
    within(screen.getByRole('list', { name: 'reports to' })).getByRole('button', { name: 'Wang Bin' });
    unmount();
    renderPanel('wang-bin');
    within(screen.getByRole('list', { name: 'has direct report' })).getByRole('button', { name: 'Luan Jian' });
    expect(screen.queryByRole('list', { name: 'reports to' })).toBeNull();
  });

  it('quotes the evidence of a relation and cites its source', () => {
    renderPanel('luan-jian');
    const [item] = within(screen.getByRole('list', { name: 'reports to' })).getAllByRole('listitem');
    if (!item) throw new Error('no relation item');
    expect(text(item.querySelector('blockquote'))).toBe('Luan Jian reports to Wang Bin');
    const source = within(item).getByRole('link', {
      name: 'Xiaomi Founder Lei Jun Comments on Large-Scale Models and AIGC',
    });
    expect(source.getAttribute('target')).toBe('_blank');
    expect(text(item)).toContain('Pandaily, April 2023');
  });

  it('gives each role its evidence too', () => {
    renderPanel('luan-jian');
    const roles = screen.getByRole('region', { name: 'Roles' });
    const quotes = [...roles.querySelectorAll('blockquote')].map(text);
    expect(quotes).toContain("Luan Jian is currently responsible for Xiaomi's AI Lab Speech Generation Team");
  });

  it('lists the people of an organisation by unit, with their titles, and its place in the tree', () => {
    renderPanel('ai-lab');
    const people = screen.getByRole('region', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['AI Lab', 'Large-Scale Model Team', 'AI Lab Speech Generation Team']);
    expect(lines(within(people).getByRole('list', { name: 'AI Lab' }))).toEqual(['Wang Bin, Director']);
    expect(lines(within(people).getByRole('list', { name: 'Large-Scale Model Team' }))).toEqual([
      'Luan Jian, Head since 14 April 2023',
    ]);
    expect(lines(within(people).getByRole('list', { name: 'AI Lab Speech Generation Team' }))).toEqual([
      'Luan Jian, Person in charge',
    ]);
    const parents = screen.getByRole('region', { name: 'Part of' });
    expect(lines(parents.querySelector('ul') ?? parents)).toEqual(['Technical Committee · Xiaomi']);
    const subUnits = screen.getByRole('region', { name: 'Sub-units' });
    expect(lines(subUnits.querySelector('ul') ?? subUnits)).toEqual([
      'Large-Scale Model Team',
      'AI Lab Speech Generation Team',
    ]);
  });

  it('shows the products an organisation developed and everyone in its units', () => {
    renderPanel('xiaomi');
    within(screen.getByRole('region', { name: 'Products' })).getByRole('button', { name: 'Xiao Ai voice assistant' });
    const people = screen.getByRole('region', { name: 'People' });
    expect(lines(within(people).getByRole('list', { name: 'Xiaomi' }))).toContain('Zeng Xuezhong, President');
    within(within(people).getByRole('list', { name: 'Technical Committee' })).getByRole('button', { name: 'Wang Bin' });
  });

  it('selects the entity whose name is pressed: Luan Jian → Wang Bin → AI Lab', async () => {
    const user = userEvent.setup();
    const { store, panel } = renderPanel('luan-jian');
    await user.click(
      within(screen.getByRole('list', { name: 'reports to' })).getByRole('button', { name: 'Wang Bin' }),
    );
    expect(store.getState().view.node).toBe('wang-bin');
    const heading = within(panel).getByRole('heading', { level: 2, name: 'Wang Bin' });
    expect(document.activeElement).toBe(heading);
    const current = within(within(panel).getByRole('region', { name: 'Roles' })).getByRole('list', { name: 'Current' });
    const director = within(current)
      .getAllByRole('listitem')
      .find((item) => text(item.querySelector('p')).startsWith('Director of AI Lab'));
    if (!director) throw new Error('no Director role');
    await user.click(within(director).getByRole('button', { name: 'AI Lab' }));
    expect(store.getState().view.node).toBe('ai-lab');
    within(panel).getByRole('heading', { level: 2, name: 'AI Lab' });
    expect(within(panel).queryByRole('heading', { level: 2, name: 'Wang Bin' })).toBeNull();
  });
});
