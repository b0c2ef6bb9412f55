import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareBar } from '../../src/ui/share/ShareBar.tsx';
import { bundledGraph } from '../support/bundled-graph.ts';
import { renderWithStore, storeWith } from './support/render-with-store.tsx';

const graph = bundledGraph();
const LINK = 'https://example.org/kg/#v=1&node=lei-jun&graph=xiaomi-ai';

function renderBar(options: { undo?: () => void; redo?: () => void } = {}) {
  const store = storeWith(graph, { node: 'lei-jun', orgs: ['xiaomi'] });
  const user = userEvent.setup();
  const result = renderWithStore(
    <ShareBar onUndo={options.undo ?? vi.fn()} onRedo={options.redo ?? vi.fn()} currentLink={() => LINK} />,
    store,
  );
  return { ...result, user };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ShareBar', () => {
  it('copies the link to the clipboard and says so', async () => {
    const { user } = renderBar();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(await screen.findByText('Link copied')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Copy this link' })).toBeNull();
  });

  it('offers the link selected in a text field when the clipboard is refused', async () => {
    const { user } = renderBar();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this link' });
    expect(field.value).toBe(LINK);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, LINK.length]);
    expect(screen.queryByText('Link copied')).toBeNull();
  });

  it('disables Undo and Redo at the ends of the history and calls them otherwise', async () => {
    const undo = vi.fn();
    const redo = vi.fn();
    const { user, store } = renderBar({ undo, redo });
    const undoButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Undo' });
    const redoButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Redo' });
    expect([undoButton.disabled, redoButton.disabled]).toEqual([true, true]);
    store.getState().setHistoryPosition(1, 2);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(undo).toHaveBeenCalledOnce();
    expect(redo).toHaveBeenCalledOnce();
  });

  it('Reset view returns to the default view as one history step', async () => {
    const { user, store } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(store.getState().view).toMatchObject({ node: null, orgs: [], graph: 'xiaomi-ai' });
    expect(store.getState().lastChange).toBe('push');
  });

  it('offers the share sheet only where the browser has one', async () => {
    const without = renderBar();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    without.unmount();
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = renderBar();
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith({ title: document.title, url: LINK });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
