import type { CollectionReturnValue, Core } from 'cytoscape';
import type { PathsResult } from '../graph/shortest-paths.ts';
import { pathElementIds } from '../view/path-finding.ts';
import { CLASSES } from './stylesheet.ts';

/**
 * Highlights every shortest path of the view (entities and relations) and fades the rest, as a class
 * toggle in one batch: nothing is rebuilt, nothing moves. Only elements whose part changed are
 * touched once a path is shown; with no path (none asked, or none found) nothing is faded. Elements
 the canvas receives later (`added`, an overview group opened) take their part at once.
 */
export function createPathHighlighter(cy: Core): (paths: PathsResult | null, added?: CollectionReturnValue) => void {
  let lastPaths: PathsResult | null = null;
  let shown: ReadonlySet<string> | null = null;
  return (paths, added) => {
    if (paths === lastPaths) {
      const on = shown;
      if (on === null || !added || added.empty()) return;
      cy.batch(() =>
        added.forEach((element) => {
          element.toggleClass(CLASSES.onPath, on.has(element.id()));
          element.toggleClass(CLASSES.offPath, !on.has(element.id()));
        }),
      );
      return;
    }
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
