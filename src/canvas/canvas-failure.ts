/**
 * A canvas that fails while applying a view change must not take the page with it: the change comes
 * from a store subscription, so an error there would surface in whichever click or key caused it and
 * leave the canvas half-drawn. The guard stops applying, and hands the error to whoever listens (the
 * UI shows it in the canvas's error boundary, with "Reset view"); the rest of the explorer goes on.
 */
export interface FailureGuard {
  guard<A extends unknown[]>(apply: (...args: A) => void): (...args: A) => void;
  onError(listener: (error: unknown) => void): void;
}

export function createFailureGuard(): FailureGuard {
  let failed: { error: unknown } | null = null;
  let listener: ((error: unknown) => void) | null = null;
  return {
    guard:
      (apply) =>
      (...args) => {
        if (failed) return;
        try {
          apply(...args);
        } catch (error) {
          failed = { error };
          listener?.(error);
        }
      },
    onError(next) {
      listener = next;
      if (failed) next(failed.error);
    },
  };
}
