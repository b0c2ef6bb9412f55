import { didYouMeanSuffix } from '../../graph/did-you-mean.ts';
import { suggestPartialDate } from '../../graph/date-suggestion.ts';
import { parsePartialDate } from '../../graph/partial-date.ts';
import { decodeSingle, type Cleaner, type ViewDraft } from './link-clean-context.ts';
import { decodeLinkValue } from './link-encoding.ts';
import { flagCleaner } from './link-clean-values.ts';
import { linkNotice } from './link-messages.ts';

/** Cleaners of the "how are these two connected, and since when" parameters: `path`, `dir`, `asof`. */

/**
 * `path=from~to`: split on the one raw `~` (an id's own `~` is `%7E`), each end decoded on its own and
 * checked against the graph. Both ends must be known and different, else the path is dropped.
 */
export const cleanPath: Cleaner = (value, draft, context) => {
  const parts = value.split('~');
  if (parts.length !== 2 || parts.some((part) => part === '')) {
    context.drop(linkNotice.badPath(decodeLinkValue(value) ?? value));
    return;
  }
  const ends: string[] = [];
  for (const raw of parts) {
    const id = decodeLinkValue(raw);
    if (id === undefined) context.drop(linkNotice.badEncoding('path', raw));
    else if (!context.graph.nodes.has(id))
      context.drop(linkNotice.unknownId(id, didYouMeanSuffix(id, context.graph.nodes.keys())));
    else ends.push(id);
  }
  const [from, to] = ends;
  if (from === undefined || to === undefined) return;
  if (from === to) context.drop(linkNotice.samePathEnds(from));
  else draft.path = { from, to };
};

export const cleanDirection = flagCleaner('dir', 'followDirection', linkNotice.badDirection);

/** `asof=2023`, `2023-04` or `2023-04-14`, kept in its normal form; anything else is dropped with a guess. */
export const cleanAsOf: Cleaner = (value, draft, context) => {
  const text = decodeSingle('asof', value, context);
  if (text === undefined) return;
  const date = parsePartialDate(text);
  if (date) {
    draft.asof = date.iso;
    return;
  }
  const guess = suggestPartialDate(text);
  context.drop(linkNotice.badDate(text, guess === undefined ? '' : ` — did you mean "${guess}"?`));
};

/** Direction belongs to a path: read after every parameter, since `dir` may come before `path`. */
export function dropDirectionWithoutPath(draft: ViewDraft, drop: (sentence: string) => void): void {
  if (draft.followDirection && draft.path === null) {
    draft.followDirection = false;
    drop(linkNotice.directionWithoutPath());
  }
}
