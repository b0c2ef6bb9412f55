import { useState } from 'react';

/**
 * Long lists in panels show a page at a time, so a unit of thousands renders a page, not thousands of
 * rows: how many to show, and a button that shows the next page (it says what and how many are left).
 */
export function useShownCount(pageSize: number): [number, () => void] {
  const [shown, setShown] = useState(pageSize);
  return [shown, () => setShown((count) => count + pageSize)];
}

export function ShowMoreButton({
  total,
  shown,
  pageSize,
  what,
  onMore,
}: {
  readonly total: number;
  readonly shown: number;
  readonly pageSize: number;
  /** Plural noun with its owner: "people of AI Lab". */
  readonly what: string;
  readonly onMore: () => void;
}) {
  const rest = total - shown;
  if (rest <= 0) return null;
  return (
    <button type="button" className="show-more" onClick={onMore}>
      Show {Math.min(rest, pageSize)} more {what} ({rest} not shown)
    </button>
  );
}
