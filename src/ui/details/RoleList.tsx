import { useId } from 'react';
import type { Source } from '../../graph/graph-model.ts';
import type { GroupedRoles, RoleView } from '../../graph/roles.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { FactItem } from './FactItem.tsx';
import { OrganisationPath } from './OrganisationPath.tsx';

interface RoleItemProps {
  readonly role: RoleView;
  readonly sources: ReadonlyMap<string, Source>;
  readonly onSelect: (id: string) => void;
}

/** "Head of Speech Team · Research Lab · Example Corp since 14 April 2023", then where it says so. */
function RoleItem({ role, sources, onSelect }: RoleItemProps) {
  const { edge } = role;
  return (
    <FactItem kind="role" edge={edge} former={role.former} sources={sources}>
      {edge.title !== undefined && edge.title !== '' && (
        <>
          <span className="role-title">{edge.title}</span>
          {' of '}
        </>
      )}
      <OrganisationPath nodes={[role.organisation, ...role.path]} onSelect={onSelect} />
    </FactItem>
  );
}

function RoleGroup({
  title,
  roles,
  sources,
  onSelect,
}: { readonly title: string; readonly roles: readonly RoleView[] } & Omit<RoleItemProps, 'role'>) {
  const headingId = useId();
  if (roles.length === 0) return null;
  return (
    <>
      <h4 id={headingId}>{title}</h4>
      <ul className="role-list" aria-labelledby={headingId}>
        {roles.map((role) => (
          <RoleItem key={role.edge.id} role={role} sources={sources} onSelect={onSelect} />
        ))}
      </ul>
    </>
  );
}

export interface RoleListProps {
  readonly roles: GroupedRoles;
  readonly sources: ReadonlyMap<string, Source>;
  readonly onSelect: (id: string) => void;
}

/** A person's roles under *Current* and *Former*, newest first, each with its organisation's path. */
export function RoleList({ roles, sources, onSelect }: RoleListProps) {
  if (roles.current.length === 0 && roles.former.length === 0) return null;
  return (
    <DetailsSection title="Roles" className="roles">
      <RoleGroup title="Current" roles={roles.current} sources={sources} onSelect={onSelect} />
      <RoleGroup title="Former" roles={roles.former} sources={sources} onSelect={onSelect} />
    </DetailsSection>
  );
}
