import type { AsOf } from '../graph/as-of.ts';
import { parsePartialDate } from '../graph/partial-date.ts';

/**
 * The view's `asof` as a date for the model's queries; null without one. The view keeps the date's
 * normal text (so equal views compare with `===`); every reader turns it into a date here.
 * @example viewDate('2023-04') // { year: 2023, month: 4, iso: '2023-04' }
 */
export function viewDate(asof: string | null): AsOf {
  return asof === null ? null : (parsePartialDate(asof) ?? null);
}
