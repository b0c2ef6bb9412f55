import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { TypeFilters } from '../../src/ui/filters/TypeFilters.tsx';
import { plural } from '../../src/ui/plural.ts';
import type { ExplorerStore } from '../../src/view/explorer-store.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

function renderFilters(graph: Graph, store: ExplorerStore = storeWith(graph)) {
  const result = renderWithStore(<TypeFilters graph={graph} />, store);
  return {
    ...result,
    user: userEvent.setup(),
    entities: screen.getByRole('group', { name: 'Entity types' }),
    relations: screen.getByRole('group', { name: 'Relation types' }),
  };
}

/** How many nodes or edges of the graph have this type: counts come from the file, so it may grow. */
function ofType(items: ReadonlyMap<string, { readonly type: string }>, type: string): number {
  return [...items.values()].filter((item) => item.type === type).length;
}

function checked(element: HTMLElement): boolean {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.checked;
}

function description(element: HTMLElement): string {
  const id = element.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

const names = (group: HTMLElement): string[] =>
  within(group)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent ?? '');

describe('TypeFilters on the bundled graph', () => {
  const graph = bundledGraph();

  it('lists the entity types by label, with swatches and counts, all ticked', () => {
    const { entities } = renderFilters(graph);
    expect(names(entities)).toEqual(['Person', 'Organisation', 'Product']);
    const personBox = within(entities).getByRole('checkbox', { name: 'Person' });
    expect(checked(personBox)).toBe(true);
    expect(description(personBox)).toBe(plural(ofType(graph.nodes, 'person'), 'entity', 'entities'));
    expect(personBox.closest('label')?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(within(entities).getByRole('button', { name: 'Show all' }).hasAttribute('disabled')).toBe(true);
  });

  it('unticking Person shows the other types; ticking it back restores the default', async () => {
    const { entities, user, store } = renderFilters(graph);
    const personBox = within(entities).getByRole('checkbox', { name: 'Person' });
    await user.click(personBox);
    expect(store.getState().view.types).toEqual(['organization', 'product']);
    expect(checked(personBox)).toBe(false);
    await user.click(personBox);
    expect(store.getState().view.types).toBeNull();
    expect(checked(personBox)).toBe(true);
  });

  it('Show all brings every entity type back', async () => {
    const { entities, user, store } = renderFilters(graph);
    await user.click(within(entities).getByRole('checkbox', { name: 'Person' }));
    await user.click(within(entities).getByRole('checkbox', { name: 'Product' }));
    expect(store.getState().view.types).toEqual(['organization']);
    await user.click(within(entities).getByRole('button', { name: 'Show all' }));
    expect(store.getState().view.types).toBeNull();
    expect(within(entities).getAllByRole('checkbox').every(checked)).toBe(true);
  });

  it('lists relation types by their labels, with counts', () => {
    const { relations } = renderFilters(graph);
    const listed = names(relations);
    for (const label of ['holds role at', 'part of', 'reports to', 'founded', 'developed', 'commented on'])
      expect(listed).toContain(label);
    expect(listed).not.toContain('holds_role');
    expect(description(within(relations).getByRole('checkbox', { name: 'reports to' }))).toBe(
      plural(ofType(graph.edges, 'reports_to'), 'relation', 'relations'),
    );
    expect(description(within(relations).getByRole('checkbox', { name: 'holds role at' }))).toBe(
      plural(ofType(graph.edges, 'holds_role'), 'relation', 'relations'),
    );
  });

  it('unticking a relation type keeps the others; Show all restores the default', async () => {
    const { relations, user, store } = renderFilters(graph);
    await user.click(within(relations).getByRole('checkbox', { name: 'reports to' }));
    const rels = store.getState().view.rels;
    expect(rels).not.toBeNull();
    expect(rels).not.toContain('reports_to');
    expect(rels).toContain('holds_role');
    expect(store.getState().view.types).toBeNull();
    await user.click(within(relations).getByRole('button', { name: 'Show all' }));
    expect(store.getState().view.rels).toBeNull();
  });

  it('shows the view’s choice, as after opening a link', () => {
    const { entities, relations } = renderFilters(graph, storeWith(graph, { types: ['person'], rels: ['part_of'] }));
    expect(checked(within(entities).getByRole('checkbox', { name: 'Person' }))).toBe(true);
    expect(checked(within(entities).getByRole('checkbox', { name: 'Product' }))).toBe(false);
    expect(checked(within(relations).getByRole('checkbox', { name: 'part of' }))).toBe(true);
    expect(checked(within(relations).getByRole('checkbox', { name: 'reports to' }))).toBe(false);
  });
});
