import type { StateCreator, StoreApi } from 'zustand/vanilla';

type Update<T> = (state: T) => T | Partial<T>;

/**
 * A Zustand middleware that delivers every change to every listener, one change at a time, in the
 * order the changes were made. Plain Zustand calls listeners synchronously from `setState`; when a
 * listener itself sets state (the canvas answering "centre on this node" with a camera change), the
 * nested change is delivered first, and the listeners not yet told of the outer change then receive
 * the *latest* state paired with the outer change's previous one: the two changes arrive merged,
 * and whatever told them apart (here: "push a history entry" versus "replace it") is lost.
 *
 * With this middleware a change made during delivery waits until every listener has seen the
 * current one, then is applied and delivered in turn. Updates given as functions are computed when
 * they are applied, so a queued update always starts from the state before it, never a stale copy.
 */
export function orderedUpdates<T>(create: StateCreator<T>): StateCreator<T> {
  return (set, get, api) => {
    const queue: Array<() => void> = [];
    let delivering = false;
    const ordered: StoreApi<T>['setState'] = (partial: T | Partial<T> | Update<T>, replace?: boolean) => {
      queue.push(() => {
        if (replace === true) set(partial as T | ((state: T) => T), true);
        else set(partial);
      });
      if (delivering) return;
      delivering = true;
      try {
        // Each update is applied and delivered to every listener before the next one starts.
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) next();
      } finally {
        // A listener that threw leaves no half-delivered queue behind to surface on a later change.
        queue.length = 0;
        delivering = false;
      }
    };
    api.setState = ordered;
    return create(ordered, get, api);
  };
}
