import type { Core } from 'cytoscape';
import type { PathsResult } from '../graph/shortest-paths.ts';
import { pathElementIds } from '../view/path-finding.ts';
import { CLASSES } from './stylesheet.ts';

/**
 * Highlights every shortest path of the view (entities and relations) and fades the rest, as a class
 * toggle in one batch: nothing is rebuilt, nothing moves. Only elements whose part changed are
 * touched once a path is shown; with no path (none asked, or none found) nothing is faded.
 */
export function createPathHighlighter(cy: Core): (paths: PathsResult | null) => void {
  let lastPaths: PathsResult | null = null;
  let shown: ReadonlySet<string> | null = null;
  return (paths) => {
    if (paths === lastPaths) return;
    lastPaths = paths;
    const next = paths !== null && paths.paths.length > 0 ? pathElementIds(paths) : null;
    const previous = shown;
    shown = next;
    if (previous === null && next === null) return;
    cy.batch(() => {
      if (next === null) {
        cy.elements(`.${CLASSES.onPath}, .${CLASSES.offPath}`).removeClass(`${CLASSES.onPath} ${CLASSES.offPath}`);
        return;
      }
      cy.elements().forEach((element) => {
        const on = next.has(element.id());
        if (previous?.has(element.id()) === on) return;
        element.toggleClass(CLASSES.onPath, on);
        element.toggleClass(CLASSES.offPath, !on);
      });
    });
  };
}
