// When two tokens are the same word: same lemma, same stem with a short ending apart, or one slip of the keyboard apart
// (a missing, extra, wrong or swapped letter) in words long enough for that to be safe.
import type { Token } from './tokens';

const MIN_FUZZY_LENGTH = 5;

/** Optimal string alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export function sameWord(a: Token, b: Token): boolean {
  if (a.lemma === b.lemma) return true;
  // A shared stem with little else added: "scheduling" is "schedule", "hospitality" is not "hospital".
  if (a.stem === b.stem && Math.abs(a.lemma.length - b.lemma.length) <= 2) return true;
  // The first letter is rarely the one mistyped; requiring it keeps "bank" from meeting "tank".
  if (a.lemma.length < MIN_FUZZY_LENGTH || b.lemma.length < MIN_FUZZY_LENGTH || a.lemma[0] !== b.lemma[0]) return false;
  return editDistance(a.lemma, b.lemma) <= 1;
}
