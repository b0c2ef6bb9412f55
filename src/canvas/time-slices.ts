/** Work per task: well under the 50 ms that counts as a long task, even on a phone four times slower. */
export const SLICE_MS = 10;

/** The next task, without the 4 ms clamp nested timers get (a message to a fresh channel). */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `each` on every item, in tasks of about `sliceMs` each, so input and rendering get in between.
 * Stops early, between tasks, once `cancelled` says so.
 */
export async function inSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  cancelled: () => boolean = () => false,
  sliceMs = SLICE_MS,
): Promise<void> {
  let index = 0;
  while (index < items.length) {
    await nextTask();
    if (cancelled()) return;
    const until = performance.now() + sliceMs;
    do {
      each(items[index] as T);
      index += 1;
    } while (index < items.length && performance.now() < until);
  }
}
