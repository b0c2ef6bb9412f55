import type { Core, NodeSingular } from 'cytoscape';
import { CLASSES } from './stylesheet.ts';

/** Hovering a node lights up its neighbourhood and fades the rest, so its relations stand out. */
export function installHoverHighlight(cy: Core): void {
  const clear = (): void => {
    cy.batch(() => cy.elements().removeClass(`${CLASSES.faded} ${CLASSES.highlighted}`));
  };
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    const neighbourhood = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().not(neighbourhood).addClass(CLASSES.faded);
      neighbourhood.addClass(CLASSES.highlighted);
    });
  });
  cy.on('mouseout', 'node', clear);
  cy.on('grab', 'node', clear);
}
