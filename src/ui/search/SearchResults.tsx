import { plural } from '../plural.ts';
import type { SearchResult } from './use-search-results.ts';

export interface SearchResultsProps {
  readonly id: string;
  readonly results: readonly SearchResult[];
  /** Whether the list is showing: the box has text and the user has not closed it. */
  readonly open: boolean;
  readonly active: number;
  readonly optionId: (index: number) => string;
  readonly onChoose: (result: SearchResult) => void;
  /** A line under the list (the endpoint search under way, or why it failed). */
  readonly note?: string | undefined;
}

function summary(count: number): string {
  return count === 0 ? 'No matches' : plural(count, 'match', 'matches');
}

/** The search box's popup: a listbox of matches and a status line that screen readers announce. */
export function SearchResults({ id, results, open, active, optionId, onChoose, note }: SearchResultsProps) {
  const showList = open && results.length > 0;
  return (
    <>
      <ul id={id} role="listbox" aria-label="Search results" className="search-results" hidden={!showList}>
        {showList &&
          results.map((result, index) => (
            <li
              key={result.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-option"
              // Keep focus in the box, so the combobox stays the one focused control.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(result)}
            >
              <span className="search-option-name">
                {result.name.lang === null ? result.name.text : <span lang={result.name.lang}>{result.name.text}</span>}
                {result.matched !== result.name.text && (
                  <span className="search-option-alias"> — {result.matched}</span>
                )}
              </span>
              <span className="search-option-type">
                {result.typeLabel}
                {result.hidden && <span className="search-option-hidden"> (hidden by filters)</span>}
              </span>
            </li>
          ))}
      </ul>
      <p
        role="status"
        className={open && results.length === 0 ? 'search-status search-empty' : 'search-status visually-hidden'}
      >
        {open ? summary(results.length) : ''}
      </p>
      {note !== undefined && <p className="search-note">{note}</p>}
    </>
  );
}
