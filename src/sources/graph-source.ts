import type { ImportMemory } from './local-files.ts';
import type { Position } from '../graph/graph-model.ts';

/**
 * Where graphs come from: the files bundled with the app, a URL, later a file the user opened or a
 * SPARQL endpoint. `openLink` asks a source for the graph a link names; the app decides which source.
 */
export interface GraphSource {
  readonly defaultGraph: string;
  /** True for bundled ids and for `https://` URLs. */
  canLoad(ref: string): boolean;
  /** The file's text; rejects with a readable Error when it cannot be fetched. */
  loadText(ref: string): Promise<string>;
  /**
   * Starts fetching the file of a graph the page is about to open (the one its link names), so it is
   * on its way while the page starts; the next `loadText` of that ref takes it.
   */
  prefetch?(ref: string): void;
  /** Files the user opened and mappings chosen, kept in this browser (absent: nothing is kept). */
  readonly imports?: ImportMemory;
  /**
   * Layout positions computed before the page loaded (at build time, for bundled graphs), by layout
   * name then node id; undefined when there are none. Saves the first picture a layout run.
   */
  precomputedLayouts?(ref: string): Promise<PrecomputedLayouts | undefined>;
}

export type PrecomputedLayouts = ReadonlyMap<string, ReadonlyMap<string, Position>>;
