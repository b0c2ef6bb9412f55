import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { datesInGraph } from '../../graph/as-of.ts';
import { suggestPartialDate } from '../../graph/date-suggestion.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { formatPartialDate, parsePartialDate } from '../../graph/partial-date.ts';
import { viewDate } from '../../view/view-date.ts';
import { useExplorer } from '../store-context.ts';
import { ALL_DATES, sliderModel } from './as-of-slider.ts';
import './as-of.css';

function problemWith(text: string): string {
  const guess = suggestPartialDate(text);
  return `"${text}" is not a date: write a year, a month or a day (2023, 2023-04, 2023-04-14)${
    guess === undefined ? '' : ` — did you mean ${guess}?`
  }`;
}

/**
 * "As of" (DESIGN.md "Time"): a date field that takes a year, a month or a day, and a slider whose
 * ticks are the dates in the graph. Each change is one history step; a drag is one step, on release.
 */
export function AsOfControl({ graph }: { graph: Graph }) {
  const asofText = useExplorer((state) => state.view.asof);
  const dispatch = useExplorer((state) => state.dispatch);
  const dates = datesInGraph(graph);
  const asof = useMemo(() => viewDate(asofText), [asofText]);
  const slider = useMemo(() => sliderModel(dates, asof), [dates, asof]);
  // What the person is typing, until it is applied; null shows the view's date.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const dragging = useRef(false);
  const ids = { ticks: useId(), problem: useId() };

  const setAsOf = (value: string | null): void => dispatch({ type: 'setAsOf', asof: value });
  const commitText = (): void => {
    if (draft === null) return;
    const text = draft.trim();
    const date = parsePartialDate(text);
    if (text !== '' && !date) {
      setProblem(problemWith(text));
      return;
    }
    setProblem(null);
    setDraft(null);
    setAsOf(date ? date.iso : null);
  };
  const commitPosition = (position: number): void => {
    setDragged(null);
    setAsOf(slider.dateAt(position));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commitText();
  };

  return (
    <fieldset className="filter-group as-of">
      <legend>As of</legend>
      {dates.length === 0 ? (
        <p className="filter-empty">
          The relations in this graph carry no dates, so there is no earlier state to show.
        </p>
      ) : (
        <>
          <div className="as-of-row">
            <input
              type="text"
              aria-label="As of"
              inputMode="numeric"
              placeholder="2023, 2023-04 or 2023-04-14"
              aria-invalid={problem !== null}
              aria-describedby={problem === null ? undefined : ids.problem}
              value={draft ?? asofText ?? ''}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              onBlur={commitText}
            />
            <button type="button" disabled={asofText === null} onClick={() => setAsOf(null)}>
              {ALL_DATES}
            </button>
          </div>
          {problem !== null && (
            <p id={ids.problem} className="as-of-problem" role="alert">
              {problem}
            </p>
          )}
          <input
            type="range"
            className="as-of-slider"
            aria-label="As of: dates in this graph"
            min={0}
            max={slider.max}
            step={1}
            list={ids.ticks}
            value={dragged ?? slider.value}
            aria-valuetext={dragged === null ? slider.valueText : (slider.dateAt(dragged) ?? ALL_DATES)}
            onPointerDown={(event) => {
              dragging.current = true;
              const input = event.currentTarget;
              // Listened for on the document: the pointer may be released anywhere, off the slider too.
              document.addEventListener(
                'pointerup',
                () => {
                  dragging.current = false;
                  commitPosition(Number(input.value));
                },
                { once: true },
              );
            }}
            onChange={(event) => {
              const position = Number(event.currentTarget.value);
              // A drag is one step, taken on release; a key press or a click is a step at once.
              if (dragging.current) setDragged(position);
              else commitPosition(position);
            }}
          />
          <datalist id={ids.ticks}>
            {dates.map((date, index) => (
              <option key={date.iso} value={index} label={formatPartialDate(date)} />
            ))}
            <option value={dates.length} label={ALL_DATES} />
          </datalist>
          <p className="as-of-range">
            <span>{dates[0] ? formatPartialDate(dates[0]) : ''}</span>
            <span>{ALL_DATES}</span>
          </p>
        </>
      )}
    </fieldset>
  );
}
