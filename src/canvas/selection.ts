import type { Core } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';

/** Marks the selected entity and its relations; the previous mark is removed in the same batch. */
export function applySelection(cy: Core, previous: string | null, next: string | null): void {
  if (previous === next) return;
  cy.batch(() => {
    if (previous !== null) {
      const old = cy.getElementById(previous);
      old.removeClass(CLASSES.selected);
      old.connectedEdges().removeClass(CLASSES.selected);
    }
    if (next !== null) {
      const node = cy.getElementById(next);
      node.addClass(CLASSES.selected);
      node.connectedEdges().addClass(CLASSES.selected);
    }
  });
}
