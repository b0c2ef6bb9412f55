import { didYouMeanSuffix } from '../../graph/did-you-mean.ts';
import { decodeLinkValue, parseLinkNumber, plainZero } from './link-encoding.ts';
import { edgeTypesInGraph, nodeTypesInGraph } from '../../graph/type-labels.ts';
import { shownTypes } from '../type-selection.ts';
import {
  decodeItems,
  decodeSingle,
  type Cleaner,
  type CleanContext,
  type LinkVocabulary,
} from './link-clean-context.ts';
import { linkNotice } from './link-messages.ts';
import { roundPosition } from '../view-state.ts';

/** Cleaners of the parameters that name things of the graph: entities, organisations, types, positions. */

function isNode(id: string, context: CleanContext): boolean {
  if (context.graph.nodes.has(id)) return true;
  context.drop(linkNotice.unknownId(id, didYouMeanSuffix(id, context.graph.nodes.keys())));
  return false;
}

export const cleanNode: Cleaner = (value, draft, context) => {
  const id = decodeSingle('node', value, context);
  if (id !== undefined && isNode(id, context)) draft.node = id;
};

export const cleanOrgs: Cleaner = (value, draft, context) => {
  draft.orgs = decodeItems('orgs', value, context).filter((id) => {
    const node = context.graph.nodes.get(id);
    if (node === undefined) {
      context.drop(linkNotice.unknownId(id, didYouMeanSuffix(id, context.vocabulary.organisations)));
      return false;
    }
    if (context.vocabulary.organisations.has(id)) return true;
    context.drop(linkNotice.notOrganisation(id));
    return false;
  });
};

/**
 * `expand=`: for a graph read by neighbourhood, the entities whose neighbourhoods are loaded, in order.
 * Each must be in the graph (the SPARQL opener loaded them); in a file, which holds all of itself, it means nothing.
 */
export const cleanExpand: Cleaner = (value, draft, context) => {
  if (!context.graph.id.startsWith('sparql:')) {
    context.drop(linkNotice.expandWithoutEndpoint());
    return;
  }
  draft.expand = decodeItems('expand', value, context).filter((id) => isNode(id, context));
};

/** What tells node types from relation types apart when cleaning `types` and `rels`. */
const TYPE_LISTS = {
  types: { known: (v: LinkVocabulary) => v.nodeTypes, present: nodeTypesInGraph, unknown: linkNotice.unknownNodeType },
  rels: {
    known: (v: LinkVocabulary) => v.edgeTypes,
    present: edgeTypesInGraph,
    unknown: linkNotice.unknownRelationType,
  },
} as const;

/**
 * `types=` / `rels=`: each type must be one the graph has or declares. `types=` (empty) is an empty
 * list, "show no node type", unlike an absent `types` (every type); a list naming every type present
 * is that default, as the checkboxes make it (`shownTypes`).
 */
function typeListCleaner(field: keyof typeof TYPE_LISTS): Cleaner {
  const { known, present, unknown } = TYPE_LISTS[field];
  return (value, draft, context) => {
    const types = known(context.vocabulary);
    const kept = decodeItems(field, value, context).filter((type) => {
      if (types.has(type)) return true;
      context.drop(unknown(type, didYouMeanSuffix(type, types)));
      return false;
    });
    draft[field] = shownTypes(kept, present(context.graph));
  };
}

export const cleanTypes = typeListCleaner('types');
export const cleanRels = typeListCleaner('rels');

/**
 * `pos=id:x:y,…`. The id is the text before the last two colons, so even a hand-written id with a raw
 * `:` is read right. Each entry stands alone: a bad one is dropped, the others kept, in link order.
 */
export const cleanPositions: Cleaner = (value, draft, context) => {
  for (const entry of value.split(',')) {
    if (entry === '') continue;
    const parts = entry.split(':');
    if (parts.length < 3) {
      context.drop(linkNotice.badPosition(decodeLinkValue(entry) ?? entry));
      continue;
    }
    const rawId = parts.slice(0, -2).join(':');
    const id = decodeLinkValue(rawId);
    if (id === undefined) {
      context.drop(linkNotice.badEncoding('pos', rawId));
      continue;
    }
    const [rawX = '', rawY = ''] = parts.slice(-2);
    const x = parseLinkNumber(rawX);
    const y = parseLinkNumber(rawY);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      context.drop(linkNotice.badPosition(`${id}:${decodeLinkValue(rawX) ?? rawX}:${decodeLinkValue(rawY) ?? rawY}`));
      continue;
    }
    if (!isNode(id, context) || draft.pos.has(id)) continue;
    const rounded = roundPosition({ x, y });
    draft.pos.set(id, { x: plainZero(rounded.x), y: plainZero(rounded.y) });
  }
};
