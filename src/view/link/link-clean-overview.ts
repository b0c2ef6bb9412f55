import { clusterForest } from '../overview/cluster-forest.ts';
import { decodeLinkValue } from './link-encoding.ts';
import { decodeSingle, type Cleaner } from './link-clean-context.ts';
import { linkNotice } from './link-messages.ts';

/** Cleaners of the overview's parameters: `open` (groups opened) and `all` (the whole graph drawn). */

/** `open=key,key`: group keys are link text as written (cluster-keys.ts), so they are matched undecoded. */
export const cleanOpen: Cleaner = (value, draft, context) => {
  const forest = clusterForest(context.graph);
  const kept = new Set<string>();
  for (const key of value.split(',')) {
    if (key === '' || kept.has(key)) continue;
    if (forest.clusters.has(key)) kept.add(key);
    else context.drop(linkNotice.unknownGroup(decodeLinkValue(key) ?? key));
  }
  draft.open = [...kept];
};

export const cleanAll: Cleaner = (value, draft, context) => {
  const text = decodeSingle('all', value, context);
  if (text === '1') draft.all = true;
  else if (text === '0') draft.all = false;
  else if (text !== undefined) context.drop(linkNotice.badAll(text));
};
