import type { Core, StylesheetJson } from 'cytoscape';
import { pageThemeStore, resolveTheme } from '../view/reader-theme.ts';
import { CANVAS_PALETTES, type CanvasPalette } from './canvas-palette.ts';

/** The palette of the theme in force now. */
export function currentCanvasPalette(): CanvasPalette {
  return CANVAS_PALETTES[resolveTheme(pageThemeStore().getState())];
}

/**
 * Restyles the canvas when the theme changes (the reader's toggle, or the system's scheme while the
 * reader follows it). Only the stylesheet changes: elements, positions and camera stay.
 * Returns a function that stops following.
 */
export function followTheme(cy: Core, stylesheet: (palette: CanvasPalette) => StylesheetJson): () => void {
  const themes = pageThemeStore();
  let current = resolveTheme(themes.getState());
  return themes.subscribe((state) => {
    const next = resolveTheme(state);
    if (next === current || cy.destroyed()) return;
    current = next;
    cy.style(stylesheet(CANVAS_PALETTES[next]));
  });
}
