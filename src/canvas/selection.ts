import type { Core, NodeSingular } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';

export interface SelectionSync {
  /** Makes Cytoscape's selection the store's: exactly `node` is `:selected` (none for null). */
  apply(node: string | null): void;
  stop(): void;
}

export interface SelectionHooks {
  /** The user (a tap, a click, or a script calling `select()`) chose this entity, or none. */
  choose(node: string | null): void;
  /** The store's selection, which Cytoscape's must equal once a choice is handled. */
  current(): string | null;
}

/**
 * The store's selection and Cytoscape's are one thing (DESIGN.md): the canvas writes the store's
 * selection into Cytoscape, and any select or unselect that Cytoscape reports, from a gesture or
 * from the console, goes to the store as one choice. Cytoscape reports a tap on another node as
 * "unselect the old one" then "select the new one"; the two arrive in one task, so they are read
 * together, at the end of it, as one choice: one history step, never a deselect step first.
 */
export function installSelectionSync(cy: Core, hooks: SelectionHooks): SelectionSync {
  let applying = false;
  let scheduled = false;
  let lastSelected: NodeSingular | null = null;

  const apply = (node: string | null): void => {
    applying = true;
    try {
      cy.batch(() => {
        const wanted = node === null ? cy.collection() : cy.getElementById(node);
        cy.nodes(':selected').difference(wanted).unselect();
        cy.edges(`.${CLASSES.selected}`).difference(wanted.connectedEdges()).removeClass(CLASSES.selected);
        wanted.select();
        wanted.connectedEdges().addClass(CLASSES.selected);
      });
    } finally {
      applying = false;
    }
  };

  const settle = (): void => {
    scheduled = false;
    if (cy.destroyed()) return;
    const selected = cy.nodes(':selected');
    // The node selected last wins (a script may select one without unselecting the other).
    const chosen = lastSelected?.selected() === true ? lastSelected : selected.first();
    lastSelected = null;
    hooks.choose(chosen.nonempty() ? chosen.id() : null);
    // A choice the store refused or that changed nothing still leaves exactly its selection shown.
    apply(hooks.current());
  };

  const onChange = (event: { type: string; target: NodeSingular }): void => {
    if (applying) return;
    if (event.type === 'select') lastSelected = event.target;
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(settle);
  };
  cy.on('select unselect', 'node', onChange);

  return {
    apply,
    stop: () => cy.off('select unselect', 'node', onChange),
  };
}
