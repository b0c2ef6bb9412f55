import type { Source } from '../../graph/graph-model.ts';
import { formatPartialDate, parsePartialDate } from '../../graph/partial-date.ts';
import { ExternalLink } from './ExternalLink.tsx';

/** "April 2023" for a partial ISO date; any other text as written. */
function sourceDate(text: string): string {
  const date = parsePartialDate(text);
  return date === undefined ? text : formatPartialDate(date);
}

export interface SourceLinkProps {
  readonly source: Source;
}

/** A source as cited under a quote: its title (a link when its address is http(s)), publisher and date. */
export function SourceLink({ source }: SourceLinkProps) {
  const details = [source.publisher, source.date === undefined ? undefined : sourceDate(source.date)].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return (
    <span className="source">
      <cite>
        <ExternalLink url={source.url}>{source.title}</ExternalLink>
      </cite>
      {details.length > 0 && <span className="source-details">{`, ${details.join(', ')}`}</span>}
    </span>
  );
}
