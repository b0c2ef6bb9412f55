import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { sparqlGraphFile } from '../../src/sources/sparql/sparql-graph-file.ts';
import { SearchBox } from '../../src/ui/search/SearchBox.tsx';
import { ExpandButton } from '../../src/ui/sparql/ExpandButton.tsx';
import { OpenEndpoint } from '../../src/ui/sparql/OpenEndpoint.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { fakeEndpoint } from '../unit/sparql/fake-endpoint.ts';
import { EX, recordedNeighbourhood } from '../unit/sparql/recorded-results.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

afterEach(() => vi.unstubAllGlobals());

let port = 41000;
/** A graph as the SPARQL source builds it: Luan Jian's recorded neighbourhood, at an endpoint of its own. */
function endpointGraph() {
  const endpoint = `http://127.0.0.1:${String((port += 1))}/sparql`;
  const { graph } = parseGraph(sparqlGraphFile(endpoint, [recordedNeighbourhood('virtuoso-luan-jian')], ['en']));
  if (!graph) throw new Error('refused');
  return graph;
}

describe('Expand (details panel)', () => {
  it('loads the neighbourhood of the entity, then says it is expanded; Enter works as a click', async () => {
    fakeEndpoint();
    const user = userEvent.setup();
    const graph = endpointGraph();
    const store = storeWith(graph, { node: `${EX}wang-bin`, expand: [`${EX}luan-jian`] });
    renderWithStore(<ExpandButton graph={graph} node={`${EX}wang-bin`} />, store);
    const button = screen.getByRole('button', { name: 'Expand' });
    expect(button.getAttribute('aria-description')).toBe('Load what the endpoint links to Wang Bin (both directions)');
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().view.expand).toEqual([`${EX}luan-jian`, `${EX}wang-bin`]));
    expect(store.getState().lastChange).toBe('push');
  });

  it('is disabled and says so for an entity already expanded', () => {
    const graph = endpointGraph();
    const store = storeWith(graph, { node: `${EX}luan-jian`, expand: [`${EX}luan-jian`] });
    renderWithStore(<ExpandButton graph={graph} node={`${EX}luan-jian`} />, store);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Expanded' }).disabled).toBe(true);
  });

  it('is absent for a graph that is a whole file', () => {
    const graph = bundledGraph();
    renderWithStore(<ExpandButton graph={graph} node="luan-jian" />, storeWith(graph, { node: 'luan-jian' }));
    expect(screen.queryByRole('button', { name: /Expand/ })).toBeNull();
  });
});

describe('Open endpoint…', () => {
  it('opens the endpoint at the start entity as one history step', async () => {
    fakeEndpoint();
    const user = userEvent.setup();
    const store = storeWith(bundledGraph());
    renderWithStore(<OpenEndpoint />, store);
    await user.click(screen.getByRole('button', { name: 'Open endpoint…' }));
    const form = screen.getByRole('form', { name: 'Open SPARQL endpoint' });
    expect(form).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'SPARQL endpoint' }), 'http://127.0.0.1:8890/sparql');
    await user.type(screen.getByRole('textbox', { name: 'Start from (IRI, optional)' }), `${EX}luan-jian`);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(store.getState().view.graph).toBe('sparql:http://127.0.0.1:8890/sparql'));
    expect(store.getState().view.expand).toEqual([`${EX}luan-jian`]);
    expect(store.getState().lastChange).toBe('push');
  });

  it('says what is wrong with a start that is not an IRI, and opens nothing', async () => {
    const user = userEvent.setup();
    const store = storeWith(bundledGraph());
    renderWithStore(<OpenEndpoint />, store);
    await user.click(screen.getByRole('button', { name: 'Open endpoint…' }));
    await user.type(screen.getByRole('textbox', { name: 'SPARQL endpoint' }), 'https://query.wikidata.org/sparql');
    await user.type(screen.getByRole('textbox', { name: 'Start from (IRI, optional)' }), 'Lei Jun');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert').textContent).toMatch(/full IRI/);
    expect(store.getState().view.graph).toBe('xiaomi-ai');
  });
});

describe('Search on an endpoint', () => {
  it('offers entities the endpoint has but the graph has not loaded, and opens one with its neighbourhood', async () => {
    const graph = endpointGraph();
    const endpoint = fakeEndpoint({
      head: { vars: ['n', 'label'] },
      results: {
        bindings: [{ n: { type: 'uri', value: `${EX}xiaomi` }, label: { type: 'literal', value: 'Xiaomi' } }],
      },
    });
    const user = userEvent.setup();
    const store = storeWith(graph, { expand: [`${EX}luan-jian`] });
    renderWithStore(<SearchBox graph={graph} />, store);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'xiao');
    const option = await screen.findByRole('option', { name: /Xiaomi.*not loaded yet/ });
    await user.click(option);
    await waitFor(() => expect(store.getState().view.node).toBe(`${EX}xiaomi`));
    expect(store.getState().view.expand).toEqual([`${EX}luan-jian`, `${EX}xiaomi`]);
    expect(endpoint.calls()).toBeGreaterThan(0);
  });
});
