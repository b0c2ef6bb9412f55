import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus of real graph files (`../shared/corpus/` next to the checkout; not part of the
 * project). Found like the seed article: `$KG_CORPUS_DIR` when set (then only there), else
 * `../shared/corpus/`, else the machine's `/work/shared/corpus/`. Under CI=true a missing corpus fails.
 */
const CANDIDATES = process.env.KG_CORPUS_DIR
  ? [process.env.KG_CORPUS_DIR]
  : [fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)), '/work/shared/corpus/'];

export const corpusDir: string | undefined = CANDIDATES.map((dir) => (dir.endsWith('/') ? dir : `${dir}/`)).find(
  (dir) => existsSync(`${dir}README.md`),
);

export const mustUseCorpus = process.env.CI === 'true';

export function corpusMissingLine(): string {
  return `the graph corpus is in none of ${CANDIDATES.join(', ')} (set KG_CORPUS_DIR)`;
}

export interface CorpusCase {
  readonly path: string;
  /** What opening it must give; for a file of several graphs, the first one. */
  readonly nodes?: number;
  readonly edges?: number;
  /** Several graphs in the file: the user picks one. */
  readonly graphs?: number;
  /** Refused: a piece of the message that names the problem. */
  readonly broken?: string;
}

/**
 * Every file of the corpus with counts established without this project's parser: a one-off
 * `python3` run with `json` and `xml.etree.ElementTree` counting node and edge elements (an edge
 * being an element with source and target), compound children (`data.parent`), edges whose ends are
 * not declared, and hyperedges. Imported graphs add one `part_of` edge per compound child.
 */
export const CORPUS: readonly CorpusCase[] = [
  // python: 28 nodes, 35 edges, 19 nodes with data.parent → 35 + 19 part_of edges.
  { path: 'cytoscape-json/cose-bilkent-layout-compound.data.json', nodes: 28, edges: 54 },
  { path: 'cytoscape-json/edge-types.data.json', nodes: 23, edges: 18 },
  { path: 'cytoscape-json/genemania-export.data.json', nodes: 31, edges: 255 },
  { path: 'cytoscape-json/node-types.data.json', nodes: 26, edges: 0 },
  { path: 'gexf/basic.gexf', nodes: 2, edges: 2 },
  { path: 'gexf/case.gexf', nodes: 10, edges: 20 },
  { path: 'gexf/les_miserables.gexf', nodes: 77, edges: 254 },
  { path: 'gexf/minimal.gexf', nodes: 2, edges: 1 },
  // python: 4 edges, 3 of them to nodes the file does not declare ("2", "4", "5", "6").
  { path: 'gexf/missing_nodes.gexf', broken: 'no node "2"' },
  { path: 'gexf/undeclared_attribute.gexf', broken: 'no attribute "url" is declared' },
  { path: 'gexf/v1_3.gexf', nodes: 2, edges: 1 },
  { path: 'graphml/attributes.graphml', nodes: 6, edges: 7 },
  { path: 'graphml/basic.graphml', nodes: 11, edges: 12 },
  { path: 'graphml/miserables.graphml', nodes: 77, edges: 254 },
  // Its <key> for "label" and "modularity_class" were removed; 77 nodes still use them.
  { path: 'graphml/miserables_broken.graphml', broken: 'no <key id="label"> is declared' },
  // python: 15 nodes, 37 edges, all 37 with an end that is not declared.
  { path: 'graphml/missing_nodes.graphml', broken: 'no node "9306289"' },
  { path: 'graphml/multigraph.graphml', nodes: 6, edges: 9 },
  // python: graphs[0] has 4 nodes / 2 edges, graphs[1] 3 / 2.
  { path: 'jgf/car_graphs.json', nodes: 4, edges: 2, graphs: 2 },
  { path: 'jgf/empty_test.json', broken: 'no nodes' },
  { path: 'jgf/hyper-directed.json', broken: 'hyperedges' },
  { path: 'jgf/les_miserables.json', nodes: 77, edges: 254 },
  { path: 'jgf/usual_suspects.json', nodes: 2, edges: 1 },
];
