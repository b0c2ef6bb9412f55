import type { Core, NodeSingular } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';

/**
 * Hovering a node lights up its neighbourhood and fades the rest, so its relations stand out. On a
 * lean canvas (thousands of elements) only the neighbourhood lights up: fading everything else would
 * restyle the whole graph on every hover.
 */
export function installHoverHighlight(cy: Core, lean: boolean): void {
  let lit = cy.collection();
  const clear = (): void => {
    cy.batch(() => {
      if (lean) lit.removeClass(CLASSES.highlighted);
      else cy.elements().removeClass(`${CLASSES.faded} ${CLASSES.highlighted}`);
    });
    lit = cy.collection();
  };
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    const neighbourhood = node.closedNeighborhood();
    lit = neighbourhood;
    cy.batch(() => {
      if (!lean) cy.elements().not(neighbourhood).addClass(CLASSES.faded);
      neighbourhood.addClass(CLASSES.highlighted);
    });
  });
  cy.on('mouseout', 'node', clear);
  cy.on('grab', 'node', clear);
}
