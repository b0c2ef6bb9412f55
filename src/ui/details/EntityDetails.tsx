import type { GraphNode, Source } from '../../graph/graph-model.ts';
import { EntityName } from '../EntityName.tsx';
import { useLabelOf } from '../language-context.ts';
import { AttributeList } from './AttributeList.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import type { EntityDetailsModel } from './entity-details-model.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { OrganisationSections } from './OrganisationSections.tsx';
import { RelationGroups } from './RelationGroups.tsx';
import { RoleList } from './RoleList.tsx';

function Aliases({ aliases }: { readonly aliases: readonly string[] }) {
  if (aliases.length === 0) return null;
  return (
    <div className="aliases">
      <span className="aliases-label">Also known as</span>
      <ul aria-label="Also known as">
        {aliases.map((alias, index) => (
          <li key={`${String(index)}\u0000${alias}`}>{alias}</li>
        ))}
      </ul>
    </div>
  );
}

function NodeLinks({ node }: { readonly node: GraphNode }) {
  if (node.links.size === 0) return null;
  return (
    <DetailsSection title="Links" className="links">
      <ul>
        {[...node.links].map(([name, url]) => (
          <li key={name}>
            <span className="link-name">{`${name}: `}</span>
            <ExternalLink url={url}>{url}</ExternalLink>
          </li>
        ))}
      </ul>
    </DetailsSection>
  );
}

export interface EntityDetailsProps {
  readonly details: EntityDetailsModel;
  readonly sources: ReadonlyMap<string, Source>;
  readonly onSelect: (id: string) => void;
}

/**
 * One entity as the details panel shows it: name, type, summary and aliases, then its roles (people),
 * its place in the organisation tree and roster (organisations), its relations, links and attributes.
 */
export function EntityDetails({ details, sources, onSelect }: EntityDetailsProps) {
  const { node, typeLabel, roles, organisation, relations } = details;
  const labelOf = useLabelOf();
  const hasRoles = roles.current.length > 0 || roles.former.length > 0;
  const hasTree =
    organisation !== null &&
    (organisation.parents.length > 0 || organisation.subUnits.length > 0 || organisation.roster.length > 0);
  return (
    <article className="entity-details">
      <header className="entity-header">
        {/* Focusable so that choosing another entity from inside the panel can move focus here. */}
        <h2 tabIndex={-1}>
          <EntityName node={node} />
        </h2>
        {labelOf(node) !== node.label && <p className="entity-own-label">{node.label}</p>}
        <p className="entity-type">{typeLabel}</p>
        {node.summary !== undefined && node.summary !== '' && <p className="entity-summary">{node.summary}</p>}
        <Aliases aliases={node.aliases} />
      </header>
      <RoleList roles={roles} sources={sources} onSelect={onSelect} />
      {organisation !== null && (
        <OrganisationSections organisation={organisation} sources={sources} onSelect={onSelect} />
      )}
      <RelationGroups
        groups={relations}
        sources={sources}
        onSelect={onSelect}
        emptyText={hasRoles || hasTree ? 'No other relations in this graph.' : 'No relations in this graph.'}
      />
      <NodeLinks node={node} />
      {node.attributes.size > 0 && (
        <DetailsSection title="Attributes" className="attributes">
          <AttributeList attributes={node.attributes} />
        </DetailsSection>
      )}
    </article>
  );
}
