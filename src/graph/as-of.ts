import type { Graph, GraphEdge } from './graph-model.ts';
import { perGraph } from './per-graph.ts';
import { comparePartialDates, type PartialDate } from './partial-date.ts';

/**
 * The graph as of a date (DESIGN.md "Time"). Every date, the relation's and the chosen one alike, is
 * read as the span of days it names: `2023` is 1 January to 31 December 2023, `2023-04` all of April.
 * The rules, in that light:
 * - a relation is **in force** as of D unless it certainly had not started (the first day of its
 *   `start` is after the last day of D) or had certainly ended (the last day of its `end` is before
 *   the first day of D). So `start: "2023-04"` is in force as of `2023-04-10` (it may have begun by
 *   then), and `end: "2023"` is in force as of `2023-06-01`. With day dates on both sides this is
 *   exactly "start after D or end before D drops out".
 * - a relation in force is **former** as of D when it had ended by D's last day: its `end`'s last day
 *   is before D's last day. `former: true` without an `end` means it ended at a time nobody wrote
 *   down: it stays in force (nothing says it had ended), and reads as former on every date, since it
 *   cannot be called current on any date we cannot vouch for.
 * Without a date (null) every relation is in force and `edge.former` says whether it has ended.
 */

/** A chosen date or null for "no date: the graph as written". */
export type AsOf = PartialDate | null;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD` text (so days compare as text).
 * @example firstDay(parsePartialDate('2023-04')!) // '2023-04-01'
 */
export function firstDay(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`;
}

/**
 * The last day a partial date can mean.
 * @example lastDay(parsePartialDate('2024-02')!) // '2024-02-29'
 */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${pad(date.year, 4)}-${pad(month, 2)}-${pad(date.day ?? daysInMonth(date.year, month), 2)}`;
}

interface DaySpan {
  readonly first: string;
  readonly last: string;
}

// Dates are immutable and shared by the graph's edges, so each one's days are worked out once: a date
// change then checks every relation with lookups, not string building.
const spans = new WeakMap<PartialDate, DaySpan>();

function span(date: PartialDate): DaySpan {
  let found = spans.get(date);
  if (found === undefined) {
    found = { first: firstDay(date), last: lastDay(date) };
    spans.set(date, found);
  }
  return found;
}

/** Whether a relation is in force as of `asof` (see the rules above); always true without a date. */
export function inForce(edge: GraphEdge, asof: AsOf): boolean {
  if (asof === null) return true;
  const on = span(asof);
  if (edge.start !== undefined && span(edge.start).first > on.last) return false;
  return edge.end === undefined || span(edge.end).last >= on.first;
}

/** Whether a relation had ended as of `asof`: "Former" rather than "Current" on that date. */
export function endedAsOf(edge: GraphEdge, asof: AsOf): boolean {
  if (asof === null || edge.end === undefined) return edge.former;
  return span(edge.end).last < span(asof).last;
}

/**
 * The distinct dates the graph's relations carry (starts and ends), earliest first, a bare year
 * before its months: the As-of slider's ticks. Built once per graph.
 */
export const datesInGraph = perGraph((graph: Graph): readonly PartialDate[] => {
  const byIso = new Map<string, PartialDate>();
  for (const edge of graph.edges.values()) {
    for (const date of [edge.start, edge.end]) if (date !== undefined) byIso.set(date.iso, date);
  }
  return [...byIso.values()].sort(comparePartialDates);
});
