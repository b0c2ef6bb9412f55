/**
 * Runs `work` when the page is idle (after what the user is waiting for has been drawn), at the
 * latest after `timeoutMs`; returns a function that cancels it. Falls back to a timer where there is
 * no `requestIdleCallback` (Safari, jsdom).
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
