import { useEffect } from 'react';
import { typingInField } from '../typing-in-field.ts';

export interface Shortcuts {
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onEscape: () => void;
}

/** Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Escape clears the selection — not while typing. */
export function useKeyboardShortcuts({ onUndo, onRedo, onEscape }: Shortcuts): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (typingInField(event.target)) return;
      const modifier = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (modifier && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) onRedo();
        else onUndo();
      } else if (modifier && key === 'y') {
        event.preventDefault();
        onRedo();
      } else if (event.key === 'Escape') {
        onEscape();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onUndo, onRedo, onEscape]);
}
