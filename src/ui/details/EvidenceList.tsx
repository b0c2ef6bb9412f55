import type { Evidence, Source } from '../../graph/graph-model.ts';
import { SourceLink } from './SourceLink.tsx';

export interface EvidenceListProps {
  readonly evidence: readonly Evidence[];
  readonly sources: ReadonlyMap<string, Source>;
}

/** Where the graph says a fact comes from: each quote with the source it was taken from. */
export function EvidenceList({ evidence, sources }: EvidenceListProps) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((item, index) => {
        const source = sources.get(item.source);
        return (
          // Two quotes may be identical, so the position is part of the key.
          <li key={`${String(index)}\u0000${item.source}`} className="evidence">
            <blockquote className="evidence-quote">{item.quote}</blockquote>
            <p className="evidence-source">
              {'— '}
              {source === undefined ? (
                <span className="unknown-source">{item.source}</span>
              ) : (
                <SourceLink source={source} />
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
