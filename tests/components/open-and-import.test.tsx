import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportDialogs } from '../../src/ui/open/ImportDialogs.tsx';
import { ImportReportButton, ReviewFirstToggle } from '../../src/ui/open/ImportReportDialog.tsx';
import { OpenFileInput } from '../../src/ui/open/OpenFileInput.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithOpening } from './support/render-with-opening.tsx';

const ui = (
  <>
    <OpenFileInput />
    <ReviewFirstToggle />
    <ImportReportButton />
    <ImportDialogs />
  </>
);

/** The first read loads the importers on demand (as the page does), which can take a while on a busy machine. */
const LOADED = { timeout: 15_000 };

const PEOPLE = JSON.stringify({
  nodes: [
    { id: 'a', name: 'Ann Lee', nick: 'Annie', kind: 'person', company: 'Acme' },
    { id: 'b', name: 'Bob Ray', nick: 'Bobby', kind: 'person' },
  ],
  links: [{ source: 'a', target: 'b' }],
});

describe('opening a file through the input named "Open graph file"', () => {
  it('opens it and shows the import report with counts and what became label, type and organisation', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    await user.upload(screen.getByLabelText('Open graph file'), new File([PEOPLE], 'people.json'));
    const report = await screen.findByRole('dialog', { name: 'Import report' }, LOADED);
    const text = report.textContent;
    expect(text).toContain('people.json opened as node-link JSON.');
    expect(text).toContain('Labelattribute "name"');
    expect(text).toContain('Typeattribute "kind"');
    expect(text).toContain('Organisation1 organisation, 1 membership (attribute "company")');
    expect(opening.store.getState().graph?.nodes.get('a')?.label).toBe('Ann Lee');
  });

  it('applies a changed mapping: another label attribute', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    await user.upload(screen.getByLabelText('Open graph file'), new File([PEOPLE], 'people.json'));
    const report = await screen.findByRole('dialog', { name: 'Import report' }, LOADED);
    const apply = within(report).getByRole('button', { name: 'Apply mapping' });
    expect(apply).toHaveProperty('disabled', true);
    await user.selectOptions(within(report).getByRole('combobox', { name: 'Label attribute' }), 'nick');
    await user.click(apply);
    await waitFor(() => expect(opening.store.getState().graph?.nodes.get('a')?.label).toBe('Annie'), LOADED);
    expect(
      within(screen.getByRole('dialog', { name: 'Import report' })).getByRole('combobox', { name: 'Label attribute' }),
    ).toHaveProperty('value', 'nick');
  });

  it('reports a broken file, names the problem and keeps the graph; the report reopens from its button', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    const before = opening.store.getState().graph;
    await user.upload(
      screen.getByLabelText('Open graph file'),
      new File(['<graphml><graph><edge source="a" target="b"/></graph></graphml>'], 'bad.graphml'),
    );
    const report = await screen.findByRole('dialog', { name: 'Import report' }, LOADED);
    expect(report.textContent).toContain('bad.graphml was not opened: 3 problems. The graph you had stays.');
    expect(within(report).getByRole('region', { name: 'Errors' }).textContent).toContain(
      'edge 1.source: no node "a" in the file',
    );
    expect(opening.store.getState().graph).toBe(before);
    await user.click(within(report).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Import report' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import report' }));
    expect(screen.getByRole('dialog', { name: 'Import report' })).toBeTruthy();
  });

  it('asks which graph to open when the file holds several', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    const file = JSON.stringify({
      graphs: [
        { label: 'One', nodes: [{ id: 'a' }], edges: [] },
        { label: 'Two', nodes: [{ id: 'x' }, { id: 'y' }], edges: [] },
      ],
    });
    await user.upload(screen.getByLabelText('Open graph file'), new File([file], 'two.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Choose a graph' }, LOADED);
    await user.click(within(dialog).getByRole('button', { name: 'Two (2 nodes, 0 edges)' }));
    await waitFor(() => expect([...(opening.store.getState().graph?.nodes.keys() ?? [])]).toEqual(['x', 'y']), LOADED);
  });

  it('opens a CSV edge list together with its node list, both chosen at once', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    await user.upload(screen.getByLabelText('Open graph file'), [
      new File(['Source,Target\nann,acme\n'], 'edges.csv'),
      new File(['Id,Label,Type\nann,Ann Lee,person\nacme,Acme,company\n'], 'nodes.csv'),
    ]);
    const report = await screen.findByRole('dialog', { name: 'Import report' }, LOADED);
    expect(report.textContent).toContain('edges.csv + nodes.csv opened as CSV edge list with node file.');
    expect(opening.store.getState().graph?.nodes.get('acme')?.type).toBe('organization');
  });

  it('with "Check mapping first", shows the mapping before anything opens, then opens with the one chosen', async () => {
    const user = userEvent.setup();
    const { opening } = renderWithOpening(ui, bundledGraph());
    const before = opening.store.getState().graph;
    await user.click(screen.getByRole('checkbox', { name: 'Check mapping first' }));
    await user.upload(screen.getByLabelText('Open graph file'), new File([PEOPLE], 'people.json'));
    let report = await screen.findByRole('dialog', { name: 'Import report' }, LOADED);
    expect(report.textContent).toContain(
      'people.json is ready to open as node-link JSON. Check the mapping, then open it.',
    );
    expect(opening.store.getState().graph).toBe(before);
    await user.selectOptions(within(report).getByRole('combobox', { name: 'Label attribute' }), 'nick');
    await user.click(within(report).getByRole('button', { name: 'Apply mapping' }));
    await waitFor(
      () =>
        expect(screen.getByRole('dialog', { name: 'Import report' }).textContent).toContain('Labelattribute "nick"'),
      LOADED,
    );
    expect(opening.store.getState().graph).toBe(before);
    report = screen.getByRole('dialog', { name: 'Import report' });
    await user.click(within(report).getByRole('button', { name: 'Open graph' }));
    await waitFor(() => expect(opening.store.getState().graph?.nodes.get('a')?.label).toBe('Annie'), LOADED);
    expect(screen.getByRole('dialog', { name: 'Import report' }).textContent).toContain(
      'people.json opened as node-link JSON.',
    );
  });

  it('shows progress and Cancel while a file is read', () => {
    const { opening } = renderWithOpening(ui, bundledGraph());
    let cancelled = false;
    opening.imports.setState({ job: { name: 'big.gexf', stage: 'reading', cancel: () => (cancelled = true) } });
    return (async () => {
      const dialog = await screen.findByRole('dialog', { name: 'Opening big.gexf' });
      expect(within(dialog).getByRole('progressbar', { name: 'Opening progress' })).toBeTruthy();
      await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(cancelled).toBe(true);
    })();
  });
});
