import type { ReactNode } from 'react';
import type { GraphEdge, Source } from '../../graph/graph-model.ts';
import { AttributeList } from './AttributeList.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { SpanText } from './SpanText.tsx';

export interface FactItemProps {
  /** Class of the item (`role`, `relation`, `step`); its line gets `<kind>-line`, a former fact also `former`. */
  readonly kind: 'role' | 'relation' | 'step';
  readonly edge: GraphEdge;
  /** Whether the fact had ended as of the date the view is read at. */
  readonly former: boolean;
  readonly sources: ReadonlyMap<string, Source>;
  /** The fact in words, before its dates. */
  readonly children: ReactNode;
}

/** One fact of the details panel as a list item: its line and dates, then the edge's attributes and evidence. */
export function FactItem({ kind, edge, former, sources, children }: FactItemProps) {
  return (
    <li className={former ? `${kind} former` : kind}>
      <p className={`${kind}-line`}>
        {children}
        <SpanText edge={edge} />
      </p>
      <AttributeList attributes={edge.attributes} />
      <EvidenceList evidence={edge.evidence} sources={sources} />
    </li>
  );
}
