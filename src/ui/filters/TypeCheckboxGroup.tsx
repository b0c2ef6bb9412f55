import { useId, type ReactNode } from 'react';
import { isShown, toggleType } from '../../view/type-selection.ts';
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
  /** Every type present in the graph, in graph order. */
  readonly options: readonly TypeOption[];
  /** The view's list of shown types; null shows every type. */
  readonly shown: readonly string[] | null;
  readonly onChange: (shown: string[] | null) => void;
}

/** A named group with a checkbox per type (named by the type's label), counts, and "Show all". */
export function TypeCheckboxGroup({ legend, options, shown, onChange }: TypeCheckboxGroupProps) {
  const idPrefix = useId();
  const all = options.map((option) => option.type);
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
                      checked={isShown(shown, option.type)}
                      aria-describedby={countId}
                      onChange={(event) => onChange(toggleType(all, shown, option.type, event.currentTarget.checked))}
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
            <button type="button" disabled={shown === null} onClick={() => onChange(null)}>
              Show all
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
