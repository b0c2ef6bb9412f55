import type { GraphEdge } from '../../graph/graph-model.ts';
import { spanText } from './relation-span.ts';

/** " since April 2023" after a role or relation line; nothing when the file gives no dates. */
export function SpanText({ edge }: { readonly edge: GraphEdge }) {
  const span = spanText(edge);
  if (span === undefined) return null;
  return (
    <>
      {' '}
      <span className="span-text">{span}</span>
    </>
  );
}
