import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/shell/App.tsx';
import type { GraphSource } from '../../src/sources/graph-source.ts';

function source(loadText: GraphSource['loadText']): GraphSource {
  return { defaultGraph: 'demo', canLoad: (ref) => ref === 'demo', loadText };
}

describe('App before a graph is shown', () => {
  it('says it is loading while the file is on its way', () => {
    render(<App source={source(() => new Promise<string>(() => undefined))} />);
    expect(screen.getByRole('status').textContent).toBe('Loading demo…');
  });

  it('shows every problem of a refused file with where it is, never a blank page', async () => {
    const broken = JSON.stringify({
      version: 1,
      id: 'demo',
      title: 'Demo',
      nodes: [{ id: 'a', label: 'A', type: 'person' }],
      edges: [
        { id: 'e', source: 'a', target: 'b', type: 'knows' },
        { id: 'a', source: 'a', target: 'a', type: 'knows' },
      ],
    });
    render(<App source={source(() => Promise.resolve(broken))} />);
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The graph file "demo" cannot be opened');
    const items = [...alert.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'edges[1].id: id "a" is already the id of a node (nodes[0]); ids must be unique across nodes and edges',
      'edges[0].target: no node "b"',
    ]);
  });

  it('says why when the file cannot be fetched', async () => {
    render(<App source={source(() => Promise.reject(new Error('HTTP 404')))} />);
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Could not load the graph "demo"');
    expect(screen.getByRole('listitem').textContent).toBe('HTTP 404');
  });
});
