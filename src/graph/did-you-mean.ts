import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `wanted` when it is a near miss (a typo), else undefined.
 * "Near" scales with length: one edit for short ids, up to a third of the id for long ones.
 * @example didYouMean('wang-bn', ['wang-bin', 'lei-jun']) // 'wang-bin'
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(wanted.length / 3));
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
