import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `wanted` when it is a near miss (a typo), else undefined.
 * "Near" scales with length: a third of the id, at least one edit from three characters on; ids
 * shorter than that only match when they differ in case ("b" is no near miss of "a").
 * @example didYouMean('wang-bn', ['wang-bin', 'lei-jun']) // 'wang-bin'
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const limit = wanted.length < 3 ? 0 : Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` — did you mean "x"?` or ''. */
export function didYouMeanSuffix(wanted: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(wanted, candidates);
  return suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;
}
