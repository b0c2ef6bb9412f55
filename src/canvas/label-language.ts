import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Graph, GraphNode } from '../graph/graph-model.ts';
import { labelIn } from '../graph/node-labels.ts';

/**
 * Names the canvas's nodes in the view's language: only nodes that have labels in other languages
 * change, inside one batch: all of them when the language changes, else only those just added (an
 * overview group opened; elements start with the file's labels, cy-elements.ts). Returns the function
 * to call with each view's `lang` and the elements the canvas just received.
 */
export function createLabelLanguage(
  cy: Core,
  graph: Graph,
): (lang: string | null, added: CollectionReturnValue) => void {
  const multilingual = new Map<string, GraphNode>();
  for (const node of graph.nodes.values()) if (node.labels !== undefined) multilingual.set(node.id, node);
  let shown: string | null = null;
  return (lang, added) => {
    if (multilingual.size === 0) return;
    const changed = lang !== shown;
    shown = lang;
    if (!changed && (lang === null || added.empty())) return;
    cy.batch(() => {
      (changed ? cy.nodes() : added.nodes()).forEach((element) => {
        const node = multilingual.get(element.id());
        if (node) element.data('label', labelIn(node, lang));
      });
    });
  };
}
