import type { Source } from '../../graph/graph-model.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { SourceLink } from './SourceLink.tsx';

export interface GraphOverviewProps {
  readonly title: string;
  readonly description: string | undefined;
  readonly sources: readonly Source[];
}

/** What the details panel shows before anything is selected: how to start, and what the graph is. */
export function GraphOverview({ title, description, sources }: GraphOverviewProps) {
  return (
    <div className="graph-overview">
      <p className="details-hint">
        Select an entity on the canvas, in the list or with search to see its roles, relations and sources.
      </p>
      <h2>{title}</h2>
      {description !== undefined && description !== '' && <p className="graph-description">{description}</p>}
      {sources.length > 0 && (
        <DetailsSection title="Sources" className="sources">
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.id}>
                <SourceLink source={source} />
              </li>
            ))}
          </ul>
        </DetailsSection>
      )}
    </div>
  );
}
