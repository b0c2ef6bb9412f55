import { useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { loadFuzzySearch, searchGraph, searchIndex } from '../../graph/search-index.ts';
import { whenIdle } from '../when-idle.ts';
import { SearchResults } from './SearchResults.tsx';
import { useSearchResults } from './use-search-results.ts';
import { endpointNote, endpointResults } from '../sparql/endpoint-results.ts';
import { useEndpointSearch } from '../sparql/use-endpoint-search.ts';
import './search.css';

export interface EntityComboboxProps {
  readonly graph: Graph;
  /** The box's accessible name ("Search", "Path to"). */
  readonly label: string;
  readonly placeholder: string;
  readonly onChoose: (node: string) => void;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly keyShortcuts?: string;
  readonly autoFocus?: boolean;
  /** Escape in an empty, closed box: the caller may close the whole control. */
  readonly onEscapeWhenEmpty?: () => void;
  readonly className?: string;
  /** Also ask the graph's SPARQL endpoint, offering entities not loaded yet after the loaded ones. */
  readonly searchEndpoint?: boolean;
}

/**
 * Finding an entity by name, as Search does it (labels and aliases, fuzzy, Chinese too): an ARIA 1.2
 * combobox with a listbox popup. Arrow keys move through the matches, Enter chooses, Escape closes
 * then clears. Search and "Path to" are both this box, so they match names the same way.
 */
/** Loads the fuzzy matcher; without it (it failed to load) search finds everything but typos, and the next focus tries again. */
const loadFuzzy = (): void => void loadFuzzySearch().catch(() => undefined);

export function EntityCombobox(props: EntityComboboxProps) {
  const { graph, label, placeholder, onChoose, inputRef, keyShortcuts, autoFocus, onEscapeWhenEmpty } = props;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // The index is built, and the fuzzy matcher loaded, when the page is idle after the graph is drawn
  // (or as soon as the box is focused), so the first letter typed finds them ready.
  useEffect(
    () =>
      whenIdle(() => {
        searchIndex(graph);
        loadFuzzy();
      }),
    [graph],
  );
  // Typing stays responsive on huge graphs: React renders the matches when it has time.
  const deferredQuery = useDeferredValue(query);
  const loaded = useSearchResults(graph, deferredQuery);
  const endpoint = useEndpointSearch(graph, deferredQuery, props.searchEndpoint === true);
  const results = useMemo(() => [...loaded, ...endpointResults(graph, endpoint)], [graph, loaded, endpoint]);
  const expanded = open && query.trim() !== '';
  const showingList = expanded && results.length > 0;

  const listId = useId();
  const optionId = (index: number): string => `${listId}-option-${index}`;

  const choose = (node: string): void => {
    onChoose(node);
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
        else if (query === '') onEscapeWhenEmpty?.();
        else setQuery('');
        setActive(-1);
        break;
    }
  };

  return (
    <div className={props.className ?? 'search-box'}>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showingList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showingList && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts={keyShortcuts}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        // Opened on purpose by a button press ("Find path…"): typing is what comes next.
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={loadFuzzy}
        onBlur={() => setOpen(false)}
      />
      <SearchResults
        id={listId}
        results={results}
        open={expanded}
        active={active}
        optionId={optionId}
        onChoose={(result) => choose(result.id)}
        note={expanded ? endpointNote(endpoint) : undefined}
      />
    </div>
  );
}
