import type { HistoryHost } from '../../../src/view/history-sync.ts';

/**
 * A browser history in memory: entries with their state and hash, a current index, and popstate fired
 * on back/forward (asynchronously by default, as browsers do; synchronously on request, the
 * harsher order for the code under test). `failing` makes every write throw like Safari's
 * SecurityError after too many history calls.
 */
interface Entry {
  readonly state: unknown;
  readonly hash: string;
}
interface Write {
  readonly kind: 'push' | 'replace';
  readonly state: unknown;
  readonly url: string;
}

export function popStateEvent(state: unknown): PopStateEvent {
  return Object.assign(new Event('popstate'), { state, hasUAVisualTransition: false });
}

export function fakeHost(initial: Entry = { state: null, hash: '' }, popstate: 'async' | 'sync' = 'async') {
  const entries: Entry[] = [initial];
  let index = 0;
  let failing = false;
  const writes: Write[] = [];
  const moves: Array<'back' | 'forward'> = [];
  const listeners = new Set<(event: PopStateEvent) => void>();
  const current = (): Entry => {
    const entry = entries[index];
    if (entry === undefined) throw new Error(`no entry ${index}`);
    return entry;
  };
  const write = (kind: Write['kind'], state: unknown, url: string | URL | null | undefined): void => {
    if (failing)
      throw new DOMException('Attempt to use history.pushState() more than 100 times per 30 seconds', 'SecurityError');
    const hash = url === null || url === undefined ? current().hash : String(url);
    writes.push({ kind, state, url: hash });
    if (kind === 'push') {
      entries.splice(index + 1);
      entries.push({ state, hash });
      index = entries.length - 1;
    } else {
      entries[index] = { state, hash };
    }
  };
  const go = (direction: 'back' | 'forward'): void => {
    moves.push(direction);
    const target = index + (direction === 'back' ? -1 : 1);
    if (target < 0 || target >= entries.length) return;
    index = target;
    const event = popStateEvent(current().state);
    const fire = (): void => {
      for (const listener of [...listeners]) listener(event);
    };
    if (popstate === 'sync') fire();
    else queueMicrotask(fire);
  };
  const host: HistoryHost = {
    location: {
      get hash() {
        return current().hash;
      },
    },
    history: {
      get state(): unknown {
        return current().state;
      },
      pushState: (state: unknown, _unused: string, url?: string | URL | null) => write('push', state, url),
      replaceState: (state: unknown, _unused: string, url?: string | URL | null) => write('replace', state, url),
      back: () => go('back'),
      forward: () => go('forward'),
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return {
    host,
    entries,
    writes,
    moves,
    index: () => index,
    listeners: () => listeners.size,
    fail: (on: boolean) => (failing = on),
    /** The user presses the browser's Back button. */
    back: () => go('back'),
    forward: () => go('forward'),
  };
}
