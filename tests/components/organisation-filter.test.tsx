import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { memberCount } from '../../src/graph/organisation-members.ts';
import { organisationTree } from '../../src/graph/organisation-tree.ts';
import { OrganisationFilterPanel } from '../../src/ui/filters/OrganisationFilterPanel.tsx';
import { plural } from '../../src/ui/plural.ts';
import { computeVisibleSet } from '../../src/view/visible-set.ts';
import type { ExplorerStore } from '../../src/view/explorer-store.ts';
import { edge, makeGraph, organisation, person } from '../unit/support/graph-builder.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

function renderPanel(graph: Graph, store: ExplorerStore = storeWith(graph)) {
  const result = renderWithStore(<OrganisationFilterPanel graph={graph} />, store);
  return { ...result, user: userEvent.setup(), group: screen.getByRole('group', { name: 'Organisations' }) };
}

/** The text of the elements an element's aria-describedby points at. */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

function checked(element: HTMLElement): boolean {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.checked;
}

function visibleLabels(graph: Graph, store: ExplorerStore): string[] {
  const { nodes } = computeVisibleSet(graph, store.getState().view);
  return [...nodes].map((id) => graph.nodes.get(id)?.label ?? id);
}

describe('OrganisationFilterPanel on the bundled graph', () => {
  const graph = bundledGraph();

  it('lists the organisations as checkboxes named by their labels', () => {
    const { group } = renderPanel(graph);
    for (const name of [
      'Xiaomi',
      'Microsoft',
      'AI Lab',
      'Large-Scale Model Team',
      'OpenAI',
      'Microsoft Xiaoice Speech Team',
    ]) {
      expect(checked(within(group).getByRole('checkbox', { name }))).toBe(false);
    }
    // One checkbox per organisation, plus "Current roles only".
    expect(within(group).getAllByRole('checkbox')).toHaveLength(organisationTree(graph).organisations.length + 1);
  });

  it('nests sub-units in their parent’s list, at any depth, roots first', () => {
    const { group } = renderPanel(graph);
    // The list directly inside an item holds that organisation's sub-units.
    const subUnits = (name: string): string[] => {
      const item = within(group).getByRole('checkbox', { name }).closest('li');
      const list = item?.querySelector(':scope > ul');
      if (!list) return [];
      return [...list.children].map((child) => child.querySelector('label')?.textContent ?? '');
    };
    const committee = within(group).getByRole('checkbox', { name: 'Technical Committee' }).closest('li');
    if (!committee) throw new Error('no list item for Technical Committee');
    const committeeList = within(committee).getAllByRole('list')[0];
    if (!committeeList) throw new Error('no sub-list for Technical Committee');
    expect(within(committeeList).getByRole('checkbox', { name: 'AI Lab' })).toBeTruthy();
    expect(subUnits('Xiaomi')).toEqual(['Technical Committee', 'Xiaomi autonomous driving team']);
    expect(subUnits('Technical Committee')).toEqual(['AI Lab']);
    expect(subUnits('AI Lab')).toEqual(['Large-Scale Model Team', 'AI Lab Speech Generation Team']);
    expect(subUnits('Large-Scale Model Team')).toEqual([]);
    const top = within(group).getAllByRole('list')[0];
    if (!top) throw new Error('no tree');
    expect([...top.children].map((item) => item.querySelector('label')?.textContent)).toEqual([
      'Xiaomi',
      'The Paper',
      'OpenAI',
      'Toshiba Research Institute',
      'Microsoft',
    ]);
  });

  it('ticking Microsoft chooses it and shows its former staff but not Xiaomi’s founder', async () => {
    const { group, user, store } = renderPanel(graph);
    const microsoft = within(group).getByRole('checkbox', { name: 'Microsoft' });
    await user.click(microsoft);
    expect(store.getState().view.orgs).toEqual(['microsoft']);
    expect(checked(microsoft)).toBe(true);
    const shown = visibleLabels(graph, store);
    expect(shown).toContain('Luan Jian');
    expect(shown).not.toContain('Lei Jun');
    await user.click(microsoft);
    expect(store.getState().view.orgs).toEqual([]);
    expect(checked(microsoft)).toBe(false);
  });

  it('Xiaomi shows its people and sub-units, not Microsoft; OpenAI shows ChatGPT', async () => {
    const { group, user, store } = renderPanel(graph);
    await user.click(within(group).getByRole('checkbox', { name: 'Xiaomi' }));
    const shown = visibleLabels(graph, store);
    for (const name of ['Lei Jun', 'Wang Bin', 'Luan Jian', 'Zeng Xuezhong', 'William Lu', 'AI Lab'])
      expect(shown).toContain(name);
    expect(shown).not.toContain('Microsoft');
    expect(shown).not.toContain('ChatGPT');

    await user.click(within(group).getByRole('checkbox', { name: 'OpenAI' }));
    expect(store.getState().view.orgs).toEqual(['xiaomi', 'openai']);
    expect(visibleLabels(graph, store)).toContain('ChatGPT');
  });

  it('shows people counts as descriptions, and current roles only changes them', async () => {
    const people = (id: string, currentOnly: boolean): string =>
      plural(memberCount(graph, id, { currentOnly }), 'person', 'people');
    const { group, user, store } = renderPanel(graph);
    const microsoft = within(group).getByRole('checkbox', { name: 'Microsoft' });
    const xiaomi = within(group).getByRole('checkbox', { name: 'Xiaomi' });
    expect(description(microsoft)).toBe(people('microsoft', false));
    expect(description(xiaomi)).toBe(people('xiaomi', false));
    for (const id of organisationTree(graph).organisations) {
      const name = graph.nodes.get(id)?.label ?? id;
      expect(description(within(group).getByRole('checkbox', { name })), name).toBe(people(id, false));
    }

    const currentOnly = within(group).getByRole('checkbox', { name: 'Current roles only' });
    await user.click(currentOnly);
    expect(store.getState().view.current).toBe(true);
    expect(checked(currentOnly)).toBe(true);
    // Luan Jian's roles at Microsoft are all former; the roles at Xiaomi are all current.
    expect(people('microsoft', true)).not.toBe(people('microsoft', false));
    expect(description(microsoft)).toBe(people('microsoft', true));
    expect(people('xiaomi', true)).toBe(people('xiaomi', false));
    expect(description(xiaomi)).toBe(people('xiaomi', true));
  });

  it('Clear empties the choice and is disabled when nothing is chosen', async () => {
    const { group, user, store } = renderPanel(graph);
    const clear = within(group).getByRole('button', { name: 'Clear' });
    expect(clear.hasAttribute('disabled')).toBe(true);
    await user.click(within(group).getByRole('checkbox', { name: 'Microsoft' }));
    await user.click(within(group).getByRole('checkbox', { name: 'AI Lab' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Current roles only' }));
    expect(store.getState().view.orgs).toEqual(['microsoft', 'ai-lab']);
    expect(clear.hasAttribute('disabled')).toBe(false);
    await user.click(clear);
    expect(store.getState().view.orgs).toEqual([]);
    expect(store.getState().view.current).toBe(false);
    expect(checked(within(group).getByRole('checkbox', { name: 'Microsoft' }))).toBe(false);
    expect(clear.hasAttribute('disabled')).toBe(true);
  });

  it('shows the choice from the view, as after opening a link', () => {
    const { group } = renderPanel(graph, storeWith(graph, { orgs: ['ai-lab'], current: true }));
    expect(checked(within(group).getByRole('checkbox', { name: 'AI Lab' }))).toBe(true);
    expect(checked(within(group).getByRole('checkbox', { name: 'Xiaomi' }))).toBe(false);
    expect(checked(within(group).getByRole('checkbox', { name: 'Current roles only' }))).toBe(true);
  });

  it('a filter that hides the selected person deselects them and says so', async () => {
    const { group, user, store } = renderPanel(graph, storeWith(graph, { node: 'lei-jun' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Microsoft' }));
    expect(store.getState().view.node).toBeNull();
    expect(
      store
        .getState()
        .notices.map((notice) => notice.text)
        .join('\n'),
    ).toContain('Lei Jun');
  });
});

describe('OrganisationFilterPanel on other graphs', () => {
  it('says so when the graph has no organisations', () => {
    const graph = makeGraph({ nodes: [person('ada'), person('bob')], edges: [edge('ada', 'reports_to', 'bob')] });
    const { group } = renderPanel(graph);
    expect(within(group).getByText('This graph has no organisations.')).toBeTruthy();
    expect(within(group).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(group).queryByRole('button', { name: 'Clear' })).toBeNull();
  });

  it('renders a part_of cycle once per organisation, without hanging', async () => {
    const graph = makeGraph({
      nodes: [organisation('a', 'Alpha'), organisation('b', 'Beta'), organisation('c', 'Gamma'), person('p', 'Pat')],
      edges: [
        edge('a', 'part_of', 'b'),
        edge('b', 'part_of', 'c'),
        edge('c', 'part_of', 'a'),
        edge('p', 'holds_role', 'b', { title: 'Lead' }),
      ],
    });
    const { group, user, store } = renderPanel(graph);
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      expect(within(group).getAllByRole('checkbox', { name })).toHaveLength(1);
    // Every unit of the cycle is below every other, so each counts Pat.
    expect(description(within(group).getByRole('checkbox', { name: 'Gamma' }))).toBe('1 person');
    await user.click(within(group).getByRole('checkbox', { name: 'Gamma' }));
    expect(store.getState().view.orgs).toEqual(['c']);
  });

  it('starts a long tree collapsed, with every checkbox one disclosure away', async () => {
    const units = Array.from({ length: 60 }, (_, i) => organisation(`unit-${i}`, `Unit ${i}`));
    const graph = makeGraph({
      nodes: [organisation('hq', 'Headquarters'), ...units],
      edges: units.map((unit) => edge(unit.id, 'part_of', 'hq')),
    });
    const { group, user } = renderPanel(graph);
    expect(within(group).queryByRole('checkbox', { name: 'Unit 7' })).toBeNull();
    const disclosure = within(group).getByRole('button', { name: 'Sub-units of Headquarters' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    await user.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(within(group).getByRole('checkbox', { name: 'Unit 7' })).toBeTruthy();
    await user.click(disclosure);
    expect(within(group).queryByRole('checkbox', { name: 'Unit 7' })).toBeNull();
  });

  it('starts a short tree expanded, and its sub-trees can be collapsed', async () => {
    const graph = bundledGraph();
    const { group, user } = renderPanel(graph);
    const disclosure = within(group).getByRole('button', { name: 'Sub-units of AI Lab' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    await user.click(disclosure);
    expect(within(group).queryByRole('checkbox', { name: 'Large-Scale Model Team' })).toBeNull();
    expect(within(group).getByRole('checkbox', { name: 'AI Lab' })).toBeTruthy();
  });
});
