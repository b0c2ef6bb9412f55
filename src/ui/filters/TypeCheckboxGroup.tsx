import { useId, type ReactNode } from 'react';
import './filters.css';

export interface TypeOption {
  readonly type: string;
  readonly label: string;
  /** Read as the checkbox's description: "5 entities". */
  readonly count: string;
  readonly swatch?: ReactNode;
}

export interface TypeCheckboxGroupProps {
  readonly legend: string;
  readonly options: readonly TypeOption[];
  readonly isShown: (type: string) => boolean;
  readonly onToggle: (type: string, on: boolean) => void;
  /** Null when every type is already shown (the button is then disabled). */
  readonly onShowAll: (() => void) | null;
}

/** A named group with a checkbox per type (named by the type's label), counts, and "Show all". */
export function TypeCheckboxGroup({ legend, options, isShown, onToggle, onShowAll }: TypeCheckboxGroupProps) {
  const idPrefix = useId();
  return (
    <fieldset className="filter-group type-filter">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="filter-empty">None in this graph.</p>
      ) : (
        <>
          <ul className="type-list">
            {options.map((option, index) => {
              const countId = `${idPrefix}-count-${index}`;
              return (
                <li key={option.type} className="org-row">
                  <label className="filter-option">
                    <input
                      type="checkbox"
                      checked={isShown(option.type)}
                      aria-describedby={countId}
                      onChange={(event) => onToggle(option.type, event.currentTarget.checked)}
                    />
                    {option.swatch}
                    {option.label}
                  </label>
                  <span className="filter-count" id={countId}>
                    {option.count}
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="filter-actions">
            <button type="button" disabled={onShowAll === null} onClick={onShowAll ?? undefined}>
              Show all
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
