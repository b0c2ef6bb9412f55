import type { GraphEdge } from '../../graph/graph-model.ts';
import { formatPartialDate, formatSpan } from '../../graph/partial-date.ts';

/**
 * When a relation held, in words: "since April 2023", "2019 – March 2021", or "former" when the file
 * only says it ended. A former relation with a start but no end must not read "since …" (it is over).
 * @example spanText({ start: { year: 2023, month: 4, iso: '2023-04' }, former: false, … }) // 'since April 2023'
 * @example spanText({ former: true, … }) // 'former'
 */
export function spanText(edge: GraphEdge): string | undefined {
  if (edge.former && edge.end === undefined) {
    return edge.start === undefined ? 'former' : `from ${formatPartialDate(edge.start)}, former`;
  }
  return formatSpan(edge.start, edge.end);
}
