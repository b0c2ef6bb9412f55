import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EntityDetailsPanel } from '../../src/ui/details/EntityDetailsPanel.tsx';
import { OrganisationFilterPanel } from '../../src/ui/filters/OrganisationFilterPanel.tsx';
import { graphFrom, renderWithStore, storeWith } from './support/render-with-store.tsx';

/** 150 organisations at the top; the first has 120 people. */
const big = graphFrom({
  version: 1,
  id: 'long',
  title: 'Long lists',
  sources: [{ id: 's', title: 'S' }],
  nodes: [
    ...Array.from({ length: 150 }, (_, i) => ({ id: `o${i}`, label: `Org ${i}`, type: 'organization' })),
    ...Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, type: 'person' })),
  ],
  edges: Array.from({ length: 120 }, (_, i) => ({
    id: `r${i}`,
    source: `p${i}`,
    target: 'o0',
    type: 'holds_role',
    title: 'Engineer',
    evidence: [{ source: 's', quote: 'q' }],
  })),
});

describe('long lists in panels show a page at a time', () => {
  it('the organisation filter lists 100 organisations, then the next ones on request', async () => {
    const user = userEvent.setup();
    renderWithStore(<OrganisationFilterPanel graph={big} />, storeWith(big));
    const group = screen.getByRole('group', { name: 'Organisations' });
    expect(within(group).getAllByRole('checkbox', { name: /^Org / })).toHaveLength(100);
    await user.click(within(group).getByRole('button', { name: 'Show 50 more of the organisations (50 not shown)' }));
    expect(within(group).getAllByRole('checkbox', { name: /^Org / })).toHaveLength(150);
    expect(within(group).queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });

  it("an organisation's people in the details panel come 50 at a time", async () => {
    const user = userEvent.setup();
    renderWithStore(<EntityDetailsPanel graph={big} />, storeWith(big, { node: 'o0' }));
    const people = () => screen.getAllByRole('button', { name: /^Person \d+$/ });
    expect(people()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show 50 more people of Org 0 (70 not shown)' }));
    expect(people()).toHaveLength(100);
  });
});
