import { useId } from 'react';
import type { GraphNode, Source } from '../../graph/graph-model.ts';
import type { RosterUnit } from '../../graph/organisation-roster.ts';
import type { RoleView } from '../../graph/roles.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { EntityButton } from './EntityButton.tsx';
import type { OrganisationDetails, UnitLink } from './entity-details-model.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { SpanText } from './SpanText.tsx';
import { OrganisationPath } from './OrganisationPath.tsx';
import { ShowMoreButton, useShownCount } from '../show-more.tsx';

type Sources = ReadonlyMap<string, Source>;
type OnSelect = (id: string) => void;

function UnitLinks({
  links,
  sources,
  onSelect,
}: {
  readonly links: readonly UnitLink[];
  readonly sources: Sources;
  readonly onSelect: OnSelect;
}) {
  return (
    <ul className="unit-list">
      {links.map((link) => (
        <li key={link.unit.id}>
          <p className="unit-line">
            <OrganisationPath nodes={link.path} onSelect={onSelect} />
          </p>
          {link.edges.map((edge) => (
            <EvidenceList key={edge.id} evidence={edge.evidence} sources={sources} />
          ))}
        </li>
      ))}
    </ul>
  );
}

/** "Ada Lovelace, Director" with its span; former roles say so through their span. */
function RosterRole({
  role,
  sources,
  onSelect,
}: {
  readonly role: RoleView;
  readonly sources: Sources;
  readonly onSelect: OnSelect;
}) {
  const { edge } = role;
  return (
    <li className={role.former ? 'roster-role former' : 'roster-role'}>
      <p className="role-line">
        <EntityButton node={role.person} onSelect={onSelect} />
        {edge.title !== undefined && edge.title !== '' && <span className="role-title">{`, ${edge.title}`}</span>}
        <SpanText edge={edge} />
      </p>
      <EvidenceList evidence={edge.evidence} sources={sources} />
    </li>
  );
}

/** A unit's people and the units of a roster show a page at a time (an organisation of thousands). */
const ROLES_PAGE = 50;
const UNITS_PAGE = 20;

function Roster({
  roster,
  sources,
  onSelect,
}: {
  readonly roster: readonly RosterUnit[];
  readonly sources: Sources;
  readonly onSelect: OnSelect;
}) {
  const [shown, more] = useShownCount(UNITS_PAGE);
  return (
    <>
      {roster.slice(0, shown).map((entry) => (
        <RosterUnitList key={entry.unit.id} entry={entry} sources={sources} onSelect={onSelect} />
      ))}
      <ShowMoreButton total={roster.length} shown={shown} pageSize={UNITS_PAGE} what="units" onMore={more} />
    </>
  );
}

/** The people of one unit, current first; the list is named by the unit's heading. */
function RosterUnitList({
  entry,
  sources,
  onSelect,
}: {
  readonly entry: RosterUnit;
  readonly sources: Sources;
  readonly onSelect: OnSelect;
}) {
  const headingId = useId();
  const [shown, more] = useShownCount(ROLES_PAGE);
  return (
    <div className="roster-unit">
      <h4 id={headingId}>
        <EntityButton node={entry.unit} onSelect={onSelect} />
      </h4>
      <ul className="roster" aria-labelledby={headingId}>
        {entry.roles.slice(0, shown).map((role) => (
          <RosterRole key={role.edge.id} role={role} sources={sources} onSelect={onSelect} />
        ))}
      </ul>
      <ShowMoreButton
        total={entry.roles.length}
        shown={shown}
        pageSize={ROLES_PAGE}
        what={`people of ${entry.unit.label}`}
        onMore={more}
      />
    </div>
  );
}

function NodeButtons({ nodes, onSelect }: { readonly nodes: readonly GraphNode[]; readonly onSelect: OnSelect }) {
  return (
    <ul className="entity-buttons">
      {nodes.map((node) => (
        <li key={node.id}>
          <EntityButton node={node} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

export interface OrganisationSectionsProps {
  readonly organisation: OrganisationDetails;
  readonly sources: Sources;
  readonly onSelect: OnSelect;
}

/**
 * An organisation's place in the tree (parent path, sub-units), the people with roles in it or any unit
 * below it grouped by unit, and the products it or its units developed. Empty sections are left out.
 */
export function OrganisationSections({ organisation, sources, onSelect }: OrganisationSectionsProps) {
  const { parents, subUnits, roster, products } = organisation;
  return (
    <>
      {parents.length > 0 && (
        <DetailsSection title="Part of" className="parents">
          <UnitLinks links={parents} sources={sources} onSelect={onSelect} />
        </DetailsSection>
      )}
      {subUnits.length > 0 && (
        <DetailsSection title="Sub-units" className="sub-units">
          <UnitLinks links={subUnits} sources={sources} onSelect={onSelect} />
        </DetailsSection>
      )}
      {roster.length > 0 && (
        <DetailsSection title="People" className="people">
          <Roster roster={roster} sources={sources} onSelect={onSelect} />
        </DetailsSection>
      )}
      {products.length > 0 && (
        <DetailsSection title="Products" className="products">
          <NodeButtons nodes={products} onSelect={onSelect} />
        </DetailsSection>
      )}
    </>
  );
}
