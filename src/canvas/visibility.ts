import type { Core } from 'cytoscape';
import type { VisibleSet } from '../view/visible-set.ts';
import { CLASSES } from './stylesheet.ts';

/**
 * Applies a visible set as a difference: only elements whose visibility changed are touched,
 * inside one batch, and nothing moves — filtered-out elements are hidden, not removed.
 */
export function applyVisibility(cy: Core, previous: VisibleSet | null, next: VisibleSet): void {
  cy.batch(() => {
    const toggle = (
      ids: Iterable<string>,
      shown: (id: string) => boolean,
      was: ((id: string) => boolean) | null,
    ): void => {
      for (const id of ids) {
        const now = shown(id);
        if (was !== null && was(id) === now) continue;
        cy.getElementById(id).toggleClass(CLASSES.hidden, !now);
      }
    };
    const nodeIds = cy.nodes().map((node) => node.id());
    const edgeIds = cy.edges().map((edge) => edge.id());
    toggle(nodeIds, (id) => next.nodes.has(id), previous && ((id) => previous.nodes.has(id)));
    toggle(edgeIds, (id) => next.edges.has(id), previous && ((id) => previous.edges.has(id)));
  });
}
