import { Fragment } from 'react';
import type { GraphNode } from '../../graph/graph-model.ts';
import { EntityButton } from './EntityButton.tsx';

export interface OrganisationPathProps {
  /** The organisation first, then the units above it, nearest first. */
  readonly nodes: readonly GraphNode[];
  readonly onSelect: (id: string) => void;
}

/** "Speech Team · Research Lab · Example Corp", each name a button. */
export function OrganisationPath({ nodes, onSelect }: OrganisationPathProps) {
  return (
    <span className="organisation-path">
      {nodes.map((node, index) => (
        // A cyclic file may repeat a unit, so the index keeps keys unique.
        <Fragment key={`${String(index)}\u0000${node.id}`}>
          {index > 0 && (
            <span className="path-separator" aria-hidden="true">
              {' · '}
            </span>
          )}
          <EntityButton node={node} onSelect={onSelect} />
        </Fragment>
      ))}
    </span>
  );
}
