import { firstDay } from '../../graph/as-of.ts';
import { formatPartialDate, type PartialDate } from '../../graph/partial-date.ts';

/**
 * The As-of slider's positions: one per date in the graph, earliest first, then a last position for
 * "all dates" (no date: the graph as written), so the slider reaches every state the view can be in.
 */
export interface SliderModel {
  readonly max: number;
  /** The position showing `asof`: its own tick, else the latest tick not after it (the first, if none). */
  readonly value: number;
  readonly valueText: string;
  readonly dateAt: (position: number) => string | null;
}

export const ALL_DATES = 'All dates';

export function sliderModel(dates: readonly PartialDate[], asof: PartialDate | null): SliderModel {
  const max = dates.length;
  const dateAt = (position: number): string | null => dates[position]?.iso ?? null;
  if (asof === null) return { max, value: max, valueText: ALL_DATES, dateAt };
  const exact = dates.findIndex((date) => date.iso === asof.iso);
  const day = firstDay(asof);
  const before = dates.reduce((found, date, index) => (firstDay(date) <= day ? index : found), 0);
  return { max, value: exact === -1 ? before : exact, valueText: formatPartialDate(asof), dateAt };
}
