import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/ui/export/ExportMenu.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

afterEach(() => vi.restoreAllMocks());

describe('the Export menu', () => {
  it('opens on "Export" with PNG (view or whole graph, 1× or 2×), SVG, JSON, GraphML and CSV; arrows move, Escape closes', async () => {
    const user = userEvent.setup();
    const graph = bundledGraph();
    renderWithStore(<ExportMenu graph={graph} />, storeWith(graph));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual([
      'PNG, current view',
      'PNG, current view, 2×',
      'PNG, whole graph',
      'PNG, whole graph, 2×',
      'SVG picture',
      'JSON (format v1, with positions)',
      'GraphML',
      'CSV, nodes',
      'CSV, edges',
    ]);
    expect(document.activeElement?.textContent).toBe('PNG, current view');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('PNG, current view, 2×');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('CSV, edges');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('downloads the visible graph as format-v1 JSON named after the graph and the date', async () => {
    const user = userEvent.setup();
    const graph = bundledGraph();
    const saved: Array<{ name: string; blob: Blob }> = [];
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) saved.push({ name: this.download, blob });
    });
    renderWithStore(<ExportMenu graph={graph} />, storeWith(graph));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON (format v1, with positions)' }));
    // The exporters load on first use.
    await vi.waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 });
    expect(saved[0]?.name).toMatch(new RegExp(`^${graph.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const file = JSON.parse(await (saved[0]?.blob ?? new Blob()).text()) as { nodes: unknown[] };
    expect(file.nodes).toHaveLength(graph.nodes.size);
  });
});
