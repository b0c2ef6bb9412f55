import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntityDetails } from '../../src/ui/details/EntityDetails.tsx';
import { EntityDetailsPanel } from '../../src/ui/details/EntityDetailsPanel.tsx';
import { lines, renderPanel as renderDetails, text } from './support/panel-text.ts';
import { entityDetailsModel } from '../../src/ui/details/entity-details-model.ts';
import { graphFrom } from './support/render-with-store.tsx';

const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';

const graph = graphFrom({
  version: 1,
  id: 'inline',
  title: 'Inline test graph',
  description: 'People and units made up for the details panel tests.',
  sources: [
    {
      id: 'safe',
      title: 'Safe report',
      publisher: 'Example Press',
      date: '2021-06-02',
      url: 'https://example.org/report',
    },
    { id: 'evil', title: 'Evil report', url: 'javascript:alert(1)' },
  ],
  edgeTypes: { mentors: { label: 'mentors', inverse: 'mentored by' } },
  nodes: [
    {
      id: 'ada',
      label: 'Ada Example',
      type: 'person',
      aliases: ['Ada E.', '艾达'],
      summary: 'A made-up person.',
      links: { website: 'https://example.org/ada', wikidata: 'Q42', trap: 'javascript:alert(2)' },
      attributes: { born: 1990, tags: ['a', 'b'], verified: true },
    },
    { id: 'org', label: 'Example Org', type: 'organization' },
    { id: 'unit', label: 'Example Unit', type: 'organization' },
    { id: 'old', label: 'Old Co', type: 'organization' },
    { id: 'hostile', label: HOSTILE_LABEL, type: 'person' },
    { id: 'lonely', label: 'Lonely Node', type: 'product' },
  ],
  edges: [
    {
      id: 'unit-part-of-org',
      source: 'unit',
      target: 'org',
      type: 'part_of',
      evidence: [{ source: 'safe', quote: 'the unit of Example Org' }],
    },
    {
      id: 'ada-leads-unit',
      source: 'ada',
      target: 'unit',
      type: 'holds_role',
      title: 'Lead',
      start: '2022-03',
      evidence: [{ source: 'safe', quote: 'Ada leads the unit' }],
    },
    {
      id: 'ada-engineer-old',
      source: 'ada',
      target: 'old',
      type: 'holds_role',
      title: 'Engineer',
      former: true,
      evidence: [{ source: 'evil', quote: 'Ada once worked at Old Co' }],
    },
    {
      id: 'ada-intern-old',
      source: 'ada',
      target: 'old',
      type: 'holds_role',
      title: 'Intern',
      start: '2015',
      end: '2016',
    },
    {
      id: 'ada-mentors-hostile',
      source: 'ada',
      target: 'hostile',
      type: 'mentors',
      evidence: [{ source: 'safe', quote: 'Ada mentors them' }],
    },
  ],
});

function renderPanel(node: string | null) {
  return renderDetails(<EntityDetailsPanel graph={graph} />, graph, node);
}

describe('EntityDetailsPanel on a small inline graph', () => {
  it('groups a person’s roles into Current and Former, with paths and dates in words', () => {
    const { panel } = renderPanel('ada');
    within(panel).getByRole('heading', { level: 2, name: 'Ada Example' });
    const roles = within(panel).getByRole('region', { name: 'Roles' });
    expect(lines(within(roles).getByRole('list', { name: 'Current' }))).toEqual([
      'Lead of Example Unit · Example Org since March 2022',
    ]);
    expect(lines(within(roles).getByRole('list', { name: 'Former' }))).toEqual([
      'Intern of Old Co 2015 – 2016',
      'Engineer of Old Co former',
    ]);
  });

  it('shows type, summary and aliases under the heading', () => {
    const { panel } = renderPanel('ada');
    expect(text(panel)).toContain('Person');
    expect(text(panel)).toContain('A made-up person.');
    expect(
      within(within(panel).getByRole('list', { name: 'Also known as' }))
        .getAllByRole('listitem')
        .map(text),
    ).toEqual(['Ada E.', '艾达']);
  });

  it('lists an organisation’s people by unit, current first and former roles marked', () => {
    renderPanel('org');
    const people = screen.getByRole('region', { name: 'People' });
    expect(lines(within(people).getByRole('list', { name: 'Example Unit' }))).toEqual([
      'Ada Example, Lead since March 2022',
    ]);
    within(screen.getByRole('region', { name: 'Sub-units' })).getByRole('button', { name: 'Example Unit' });
  });

  it('marks former roles in a roster', () => {
    renderPanel('old');
    const roster = within(screen.getByRole('region', { name: 'People' })).getByRole('list', { name: 'Old Co' });
    expect(lines(roster)).toEqual(['Ada Example, Intern 2015 – 2016', 'Ada Example, Engineer former']);
  });

  it('says so when an entity has no relations', () => {
    const { panel } = renderPanel('lonely');
    within(panel).getByRole('heading', { level: 2, name: 'Lonely Node' });
    expect(text(within(panel).getByRole('region', { name: 'Relations' }))).toContain('No relations in this graph.');
    expect(within(panel).queryByRole('region', { name: 'Roles' })).toBeNull();
  });

  it('labels a relation by direction: declared label from the source, inverse from the target', () => {
    const { unmount } = renderPanel('ada');
    within(screen.getByRole('list', { name: 'mentors' })).getByRole('button', { name: HOSTILE_LABEL });
    unmount();
    renderPanel('hostile');
    within(screen.getByRole('list', { name: 'mentored by' })).getByRole('button', { name: 'Ada Example' });
  });

  it('links a source only when its address is http(s)', () => {
    const { panel } = renderPanel('ada');
    const safe = within(panel).getAllByRole('link', { name: 'Safe report' });
    expect(safe.length).toBeGreaterThan(0);
    for (const link of safe) {
      expect(link.getAttribute('href')).toBe('https://example.org/report');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect(within(panel).queryByRole('link', { name: 'Evil report' })).toBeNull();
    within(panel).getByText('Evil report');
    const quotes = [...panel.querySelectorAll('blockquote')].map(text);
    expect(quotes).toContain('Ada once worked at Old Co');
    expect(text(panel)).toContain('Safe report, Example Press, 2 June 2021');
    expect(panel.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('shows node links as links for http(s) only, and attributes as text', () => {
    const { panel } = renderPanel('ada');
    const links = within(panel).getByRole('region', { name: 'Links' });
    const website = within(links).getByRole('link', { name: 'https://example.org/ada' });
    expect(website.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(links).getAllByRole('link')).toHaveLength(1);
    expect(text(links)).toContain('wikidata: Q42');
    expect(text(links)).toContain('trap: javascript:alert(2)');
    const attributes = within(panel).getByRole('region', { name: 'Attributes' });
    const terms = [...attributes.querySelectorAll('dt')].map(text);
    const values = [...attributes.querySelectorAll('dd')].map(text);
    expect(terms).toEqual(['born', 'tags', 'verified']);
    expect(values).toEqual(['1990', '["a","b"]', 'true']);
  });

  it('renders a label that looks like HTML as text', () => {
    const { panel, container } = renderPanel('hostile');
    within(panel).getByRole('heading', { level: 2, name: HOSTILE_LABEL });
    expect(container.querySelector('img')).toBeNull();
  });

  it('selects an entity from any name button and updates the heading', async () => {
    const user = userEvent.setup();
    const { store, panel } = renderPanel('ada');
    const current = within(within(panel).getByRole('region', { name: 'Roles' })).getByRole('list', { name: 'Current' });
    await user.click(within(current).getByRole('button', { name: 'Example Org' }));
    expect(store.getState().view.node).toBe('org');
    within(panel).getByRole('heading', { level: 2, name: 'Example Org' });
  });

  it('shows the hint, the graph and its sources when nothing is selected', () => {
    const { panel } = renderPanel(null);
    expect(text(panel)).toContain(
      'Select an entity on the canvas, in the list or with search to see its roles, relations and sources.',
    );
    within(panel).getByRole('heading', { level: 2, name: 'Inline test graph' });
    expect(text(panel)).toContain('People and units made up for the details panel tests.');
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    within(sources).getByRole('link', { name: 'Safe report' });
    expect(within(sources).queryByRole('link', { name: 'Evil report' })).toBeNull();
  });
});

describe('EntityDetails alone', () => {
  it('reports the id of the entity whose name is pressed, without a store', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const details = entityDetailsModel(graph, 'hostile');
    if (!details) throw new Error('no details');
    render(<EntityDetails details={details} sources={graph.sources} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    expect(onSelect).toHaveBeenCalledWith('ada');
  });
});
