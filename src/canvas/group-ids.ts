import type { Graph } from '../graph/graph-model.ts';
import { perGraph } from '../graph/per-graph.ts';

/**
 * Canvas ids of the overview's own elements (group bubbles, frames, links between groups). Element
 * ids on the canvas are the file's ids, and a file id may be any string, so these start with a
 * prefix that no file id of this graph starts with: `group:`, else `group::`, and so on.
 */
export interface GroupIds {
  readonly prefix: string;
  bubble(key: string): string;
  frame(key: string): string;
  link(key: string): string;
}

export const groupIds = perGraph((graph: Graph): GroupIds => {
  const ids = [...graph.nodes.keys(), ...graph.edges.keys()];
  let prefix = 'group:';
  while (ids.some((id) => id.startsWith(prefix))) prefix += ':';
  return {
    prefix,
    bubble: (key) => `${prefix}g:${key}`,
    frame: (key) => `${prefix}f:${key}`,
    // Link keys hold two ends' text; encoded, so no character of theirs can stand out in an id.
    link: (key) => `${prefix}l:${encodeURIComponent(key)}`,
  };
});
