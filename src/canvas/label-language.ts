import type { Core } from 'cytoscape';
import type { Graph } from '../graph/graph-model.ts';
import { labelIn } from '../graph/node-labels.ts';

/**
 * Names the canvas's nodes in the view's language: only nodes that have labels in other languages
 * change, inside one batch, and only when the language does. Returns the function to call with each
 * view's `lang`.
 */
export function createLabelLanguage(cy: Core, graph: Graph): (lang: string | null) => void {
  const multilingual = [...graph.nodes.values()].filter((node) => node.labels !== undefined);
  // The elements start with the file's labels (cy-elements.ts).
  let shown: string | null = null;
  return (lang) => {
    if (lang === shown || multilingual.length === 0) return;
    shown = lang;
    cy.batch(() => {
      for (const node of multilingual) cy.getElementById(node.id).data('label', labelIn(node, lang));
    });
  };
}
