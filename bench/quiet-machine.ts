import { readFileSync } from 'node:fs';

/** This machine's busy and total CPU time since boot, from /proc/stat (undefined where there is none). */
function cpuTimes(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // user nice system idle iowait irq softirq steal (guest time is inside user already).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // Time other guests of the host took (steal) is not this machine being busy.
    const busy = user + nice + system + irq + softirq;
    return { busy, total: busy + idle + iowait + steal };
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine is quiet: closing a page that drew 20,000 nodes leaves the browser busy for
 * a second or more (freeing its memory, its processes), and the next page measured would pay for it.
 * Quiet means under `busyShare` of the CPU in use over two samples in a row; gives up after `maxMs`.
 * Every page, the app's and the plain one's, waits the same way.
 */
export async function quietMachine(busyShare = 0.15, sampleMs = 250, maxMs = 6000): Promise<void> {
  const started = Date.now();
  let previous = cpuTimes();
  if (!previous) return sleep(2000);
  let quietSamples = 0;
  while (quietSamples < 2 && Date.now() - started < maxMs) {
    await sleep(sampleMs);
    const now = cpuTimes();
    if (!now) return;
    const share = (now.busy - previous.busy) / Math.max(1, now.total - previous.total);
    quietSamples = share < busyShare ? quietSamples + 1 : 0;
    previous = now;
  }
}
