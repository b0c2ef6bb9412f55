import type { OrganisationBranch } from './organisation-tree-rows.ts';
import { plural } from '../plural.ts';
import { ShowMoreButton, useShownCount } from '../show-more.tsx';
import './filters.css';

export interface OrganisationTreeListProps {
  readonly branches: readonly OrganisationBranch[];
  /** Prefix for element ids (from `useId`), so several trees on a page never clash. */
  readonly idPrefix: string;
  readonly labelOf: (id: string) => string;
  readonly countOf: (id: string) => number;
  readonly isChecked: (id: string) => boolean;
  readonly isExpanded: (id: string) => boolean;
  readonly onToggle: (id: string) => void;
  readonly onToggleExpanded: (id: string) => void;
}

/**
 * The organisation tree as nested lists of checkboxes. A checkbox's name is the organisation's
 * label; its people count is a description, so it is read but does not change the name.
 */
export function OrganisationTreeList(props: OrganisationTreeListProps) {
  return <PagedBranches {...props} items={props.branches} listId={`${props.idPrefix}-tree`} of="the organisations" />;
}

/** A long list of sub-units shows a page at a time, so opening a unit of thousands renders a page. */
export const BRANCH_PAGE_SIZE = 100;

function PagedBranches({
  items,
  listId,
  of,
  ...props
}: OrganisationTreeListProps & {
  readonly items: readonly OrganisationBranch[];
  readonly listId: string;
  readonly of: string;
}) {
  const [shown, more] = useShownCount(BRANCH_PAGE_SIZE);
  return (
    <ul className="org-tree" id={listId}>
      {items.slice(0, shown).map((child) => (
        <OrganisationItem key={child.id} {...props} branch={child} />
      ))}
      {items.length > shown && (
        <li className="org-item">
          <ShowMoreButton
            total={items.length}
            shown={shown}
            pageSize={BRANCH_PAGE_SIZE}
            what={`of ${of}`}
            onMore={more}
          />
        </li>
      )}
    </ul>
  );
}

function OrganisationItem({ branch, ...props }: OrganisationTreeListProps & { readonly branch: OrganisationBranch }) {
  const { idPrefix, labelOf, countOf, isChecked, isExpanded, onToggle, onToggleExpanded } = props;
  const label = labelOf(branch.id);
  const countId = `${idPrefix}-count-${branch.index}`;
  const subtreeId = `${idPrefix}-sub-${branch.index}`;
  const hasChildren = branch.children.length > 0;
  const expanded = hasChildren && isExpanded(branch.id);
  return (
    <li className="org-item">
      <div className="org-row">
        {hasChildren ? (
          <button
            type="button"
            className="org-disclosure"
            aria-expanded={expanded}
            aria-controls={expanded ? subtreeId : undefined}
            aria-label={`Sub-units of ${label}`}
            onClick={() => onToggleExpanded(branch.id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="org-disclosure-spacer" />
        )}
        <label className="filter-option">
          <input
            type="checkbox"
            checked={isChecked(branch.id)}
            aria-describedby={countId}
            onChange={() => onToggle(branch.id)}
          />
          {label}
        </label>
        <span className="filter-count" id={countId}>
          {plural(countOf(branch.id), 'person', 'people')}
        </span>
      </div>
      {expanded && <PagedBranches {...props} items={branch.children} listId={subtreeId} of={label} />}
    </li>
  );
}
