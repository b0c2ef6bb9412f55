import { useDeferredValue, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { searchGraph } from '../../graph/search-index.ts';
import { SearchResults } from './SearchResults.tsx';
import { useExplorer } from '../store-context.ts';
import { useSearchResults } from './use-search-results.ts';
import { useSlashFocus } from './use-slash-focus.ts';
import './search.css';

/**
 * Search by label or alias (DESIGN.md "What a person sees"): an ARIA 1.2 combobox with a listbox
 * popup. Arrow keys move through the matches, Enter selects and centres, Escape closes then clears,
 * `/` focuses the box from anywhere.
 */
export function SearchBox({ graph }: { graph: Graph }) {
  const dispatch = useExplorer((state) => state.dispatch);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);

  // Typing stays responsive on huge graphs: React renders the matches when it has time.
  const deferredQuery = useDeferredValue(query);
  const results = useSearchResults(graph, deferredQuery);
  const expanded = open && query.trim() !== '';
  const showingList = expanded && results.length > 0;

  const listId = useId();
  const optionId = (index: number): string => `${listId}-option-${index}`;

  const choose = (node: string): void => {
    dispatch({ type: 'select', node, centre: true });
    setOpen(false);
    setActive(-1);
  };

  const move = (step: 1 | -1): void => {
    if (results.length === 0) return;
    if (!showingList) {
      setOpen(true);
      setActive(step === 1 ? 0 : results.length - 1);
      return;
    }
    // From "nothing active" (-1), Down goes to the first match and Up to the last; both wrap.
    setActive((current) =>
      current === -1 && step === -1 ? results.length - 1 : (current + step + results.length) % results.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        // The matches on screen may lag the text by a frame; Enter acts on what was typed.
        const chosen = deferredQuery === query ? (results[active] ?? results[0]) : searchGraph(graph, query, 1)[0];
        event.preventDefault();
        if (chosen) choose(chosen.id);
        else if (query.trim() !== '') setOpen(true);
        break;
      }
      case 'Escape':
        // Also stops the browser's own clear-on-Escape for search inputs: first close, then clear.
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
    }
  };

  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={showingList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showingList && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search names and aliases  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <SearchResults
        id={listId}
        results={results}
        open={expanded}
        active={active}
        optionId={optionId}
        onChoose={(result) => choose(result.id)}
      />
    </div>
  );
}
