import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AsOfControl } from '../../src/ui/as-of/AsOfControl.tsx';
import { EntityDetailsPanel } from '../../src/ui/details/EntityDetailsPanel.tsx';
import { OrganisationFilterPanel } from '../../src/ui/filters/OrganisationFilterPanel.tsx';
import type { ViewState } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { makeGraph, person } from '../unit/support/graph-builder.ts';
import { lines, text } from './support/panel-text.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();

function setup(view: Partial<ViewState> = {}, on = graph) {
  const user = userEvent.setup();
  const { store } = renderWithStore(<AsOfControl graph={on} />, storeWith(on, view));
  const group = screen.getByRole('group', { name: 'As of' });
  return { user, store, group };
}

function valueOf(element: HTMLElement): string {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.value;
}

describe('the As-of control', () => {
  it('takes a day, a month or a year typed in the field, one step each, and writes it in normal form', async () => {
    const { user, store, group } = setup();
    const field = within(group).getByRole('textbox', { name: 'As of' });
    await user.type(field, '2023-03-01{Enter}');
    expect(store.getState().view.asof).toBe('2023-03-01');
    expect(store.getState().lastChange).toBe('push');
    await user.clear(field);
    await user.type(field, '2023{Enter}');
    expect(store.getState().view.asof).toBe('2023');
    await user.clear(field);
    await user.type(field, '2023-04');
    await user.tab();
    expect(store.getState().view.asof).toBe('2023-04');
  });

  it('says what is wrong with text that is no date, suggests one, and keeps the date it had', async () => {
    const { user, store, group } = setup({ asof: '2023' });
    const field = within(group).getByRole('textbox', { name: 'As of' });
    await user.clear(field);
    await user.type(field, '2023-3-1{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      '"2023-3-1" is not a date: write a year, a month or a day (2023, 2023-04, 2023-04-14) — did you mean 2023-03-01?',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().view.asof).toBe('2023');
  });

  it('offers a slider whose positions are the dates in the graph, then "All dates"', () => {
    const { store, group } = setup();
    const slider = within(group).getByRole('slider', { name: 'As of: dates in this graph' });
    expect(slider.getAttribute('aria-valuetext')).toBe('All dates');
    const ticks = [...document.querySelectorAll('datalist option')].map((option) => option.getAttribute('label'));
    expect(ticks).toEqual(['2023', 'March 2023', '14 April 2023', 'All dates']);
    fireEvent.change(slider, { target: { value: '1' } });
    expect(store.getState().view.asof).toBe('2023-03');
    expect(slider.getAttribute('aria-valuetext')).toBe('March 2023');
    expect(valueOf(within(group).getByRole('textbox', { name: 'As of' }))).toBe('2023-03');
    fireEvent.change(slider, { target: { value: '3' } });
    expect(store.getState().view.asof).toBeNull();
  });

  it('clears the date with "All dates"', async () => {
    const { user, store, group } = setup({ asof: '2023-03-01' });
    await user.click(within(group).getByRole('button', { name: 'All dates' }));
    expect(store.getState().view.asof).toBeNull();
    expect(within(group).getByRole('button', { name: 'All dates' }).hasAttribute('disabled')).toBe(true);
  });

  it('says so instead of offering the control on a graph with no dates', () => {
    const { group } = setup({}, makeGraph({ nodes: [person('a')] }));
    expect(text(group)).toContain('The relations in this graph carry no dates');
    expect(within(group).queryByRole('slider')).toBeNull();
    expect(within(group).queryByRole('textbox')).toBeNull();
  });
});

describe('the details panel and the organisation counts as of a date', () => {
  it("reads Luan Jian's roles as they stood on 2023-03-01: no appointment to the Large-Scale Model Team", () => {
    renderWithStore(<EntityDetailsPanel graph={graph} />, storeWith(graph, { node: 'luan-jian', asof: '2023-03-01' }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(text(details)).toContain('As of 1 March 2023');
    const current = lines(within(details).getByRole('list', { name: 'Current' }));
    expect(current.some((line) => line.includes('Large-Scale Model Team'))).toBe(false);
    expect(current.some((line) => line.includes('AI Lab Speech Generation Team'))).toBe(true);
  });

  it('shows the appointment on 2023-05-01', () => {
    renderWithStore(<EntityDetailsPanel graph={graph} />, storeWith(graph, { node: 'luan-jian', asof: '2023-05-01' }));
    const current = lines(screen.getByRole('list', { name: 'Current' }));
    expect(current[0]).toContain('Head of Large-Scale Model Team');
  });

  it('counts the people of each organisation as of the date', () => {
    const description = (asof: string | null): string | null => {
      const { unmount } = renderWithStore(<OrganisationFilterPanel graph={graph} />, storeWith(graph, { asof }));
      const box = screen.getByRole('checkbox', { name: 'Large-Scale Model Team' });
      const ids = (box.getAttribute('aria-describedby') ?? '').split(' ');
      const found = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      unmount();
      return found;
    };
    expect(description('2023-03-01')).toBe('0 people');
    expect(description('2023-05-01')).toBe('1 person');
  });
});
