import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GraphFile } from '../src/graph/graph-schema.ts';
import { withSavedPositions } from './saved-positions.ts';
import { syntheticGraph } from './synthetic-graph.ts';
import { OVERVIEW_FROM } from '../src/view/overview/overview-size.ts';

/** One graph the bench opens, written as a file the server hands out. */
export interface BenchGraph {
  readonly name: string;
  readonly fileName: string;
  /** The file the plain page draws: the same graph, with saved positions when the floor is its preset draw. */
  readonly plainFileName: string;
  readonly nodes: number;
  readonly edges: number;
  /** The organisation whose checkbox the filter measurement ticks: the filter tree's first root. */
  readonly organisation: { readonly id: string; readonly label: string };
  /** `preset` when every node carries a saved position: no layout runs on either page. */
  readonly layout: 'fcose' | 'preset';
  /** `preset` when the plain page draws the graph with saved positions although the app's file has none. */
  readonly floor?: 'preset';
  readonly runs: number;
  /** Extra link parameters for the app (`&all=1`: the whole graph drawn, never the overview). */
  readonly appParams: string;
  /** Watch main-thread long tasks in the 8 s after the first picture. */
  readonly watchLongTasks: boolean;
  /** For a graph bundled with the app: its id, so the app opens it as bundled (with its build-time layout). */
  readonly bundledId?: string;
  /** Search for this member and time it until it is selected and drawn. */
  readonly search?: { readonly query: string; readonly id: string };
}

/**
 * fcose (with the app's options) grows steeply on these graphs (about 2 s at 500 nodes, 14 s at
 * 1,000, over 2 minutes at 2,000), so the largest graph carries saved positions: it measures what
 * the explorer costs around the layout. Fewer runs for the slow ones keep the bench to a few minutes;
 * the 20,000-node graph, whose bar is a ratio of two timings that each vary by a tenth from run to run
 * on this machine, gets five.
 */
const SYNTHETIC = [
  { nodes: 100, runs: 5, saved: false },
  { nodes: 500, runs: 5, saved: false },
  { nodes: 1000, runs: 3, saved: false },
  { nodes: 5000, runs: 3, saved: true },
  // The floor for 20,000 nodes: the plain page drawing the same graph with positions given.
  { nodes: 20000, runs: 5, saved: false, floorSaved: true },
] as const;

/** The member the 20,000-node graph is searched for (its label, from the file). */
const SEARCHED = 'person-12345';

/** The first organisation in file order with no `part_of` parent: the first checkbox of the filter's tree. */
function firstRootOrganisation(file: GraphFile): { id: string; label: string } {
  const organisations = file.nodes.filter((node) => node.type === 'organization');
  const isOrganisation = new Set(organisations.map((node) => node.id));
  const children = new Set(
    file.edges
      .filter((edge) => edge.type === 'part_of' && isOrganisation.has(edge.target) && edge.source !== edge.target)
      .map((edge) => edge.source),
  );
  const root = organisations.find((node) => !children.has(node.id));
  if (!root) throw new Error(`graph ${file.id} has no root organisation to filter by`);
  return { id: root.id, label: root.label };
}

function describe(name: string, file: GraphFile, runs: number, watch: boolean): BenchGraph {
  const layout = file.nodes.every((node) => node.position) ? 'preset' : 'fcose';
  const organisation = firstRootOrganisation(file);
  const large = file.nodes.length >= 20000;
  const searched = file.nodes.find((node) => node.id === SEARCHED);
  return {
    name,
    fileName: `${name}.json`,
    plainFileName: `${name}.json`,
    nodes: file.nodes.length,
    edges: file.edges.length,
    organisation,
    layout,
    runs,
    appParams: '',
    watchLongTasks: large || watch,
    ...(large && searched && { search: { query: searched.label, id: searched.id } }),
  };
}

/** Writes the bundled graph and the synthetic ones into `dir`, smallest first. */
export function writeGraphFiles(dir: string, bundledPath: string): BenchGraph[] {
  const files: { name: string; file: GraphFile; runs: number; watch: boolean; floor?: GraphFile }[] = [
    // The bundled graph: its first load is watched for long tasks too (Lighthouse's concern).
    { name: 'bundled', file: JSON.parse(readFileSync(bundledPath, 'utf8')) as GraphFile, runs: 5, watch: true },
    ...SYNTHETIC.map((config) => {
      const { nodes, runs, saved } = config;
      const name = `synthetic-${nodes}${saved ? '-saved' : ''}`;
      const file = syntheticGraph({ id: name, nodes, seed: nodes });
      const floor = 'floorSaved' in config ? withSavedPositions(file) : undefined;
      return { name, file: saved ? withSavedPositions(file) : file, runs, watch: false, floor };
    }),
  ];
  return files.flatMap(({ name, file, runs, watch, floor }) => {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(file));
    if (floor) writeFileSync(join(dir, `${name}-floor.json`), JSON.stringify(floor));
    const described = describe(name, file, runs, watch);
    const graph = {
      ...described,
      ...(watch && { bundledId: basename(bundledPath, '.json') }),
      ...(floor && { plainFileName: `${name}-floor.json`, floor: 'preset' as const }),
    };
    // A graph the app opens as an overview is also measured drawn whole (`all=1`), as the plain page draws it.
    const whole =
      file.nodes.length > OVERVIEW_FROM
        ? [
            {
              ...graph,
              name: `${name} all=1`,
              appParams: '&all=1',
              search: undefined,
              watchLongTasks: false,
              runs: Math.min(runs, file.nodes.length >= 20000 ? 1 : 3),
            },
          ]
        : [];
    return [graph, ...whole];
  });
}
