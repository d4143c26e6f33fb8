// When two tokens are the same word: same lemma, same stem with a short ending apart, slips of the keyboard
// (a missing, extra, wrong or swapped letter: one in words of five letters, two in words of eleven), or one
// word the first or last part of a compound ("Zahnarztpraxis" says "Praxis", "Softwarefirma" "Software").
import type { Token } from './tokens';

const MIN_FUZZY_LENGTH = 5;
const MIN_TWO_SLIPS_LENGTH = 11;
/** A compound's part must be a word of its own, and what remains another word, not an ending. */
const MIN_COMPOUND_LENGTH = 12;
const MIN_PART_LENGTH = 6;
const MIN_REST_LENGTH = 4;
// What remains of "documentation" without "document" is an ending, not a word.
const ENDINGS = /^(ation|ition|ing|ment|ness|ity|ability|ally|ism|ist|ive|ical|ship|able)$/;

/**
 * A long word the visitor wrote says a name's word when it starts or ends with it ("Zahnarztpraxis"
 * says "Praxis"). One way only: a name's compound ("cybersecurity") is not said by "security".
 */
export function saysPartOf(written: Token, name: Token): boolean {
  const long = written.lemma;
  const part = name.lemma;
  if (name.stop || long.length < MIN_COMPOUND_LENGTH || part.length < MIN_PART_LENGTH) return false;
  if (long.length - part.length < MIN_REST_LENGTH) return false;
  if (long.startsWith(part)) return !ENDINGS.test(long.slice(part.length));
  return long.endsWith(part);
}

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

/** Whether the written word `a` says the name's word `b` (a typo is only ever on the visitor's side). */
export function sameWord(a: Token, b: Token): boolean {
  if (a.lemma === b.lemma) return true;
  // A shared stem with little else added: "scheduling" is "schedule", "hospitality" is not "hospital".
  if (a.stem === b.stem && Math.abs(a.lemma.length - b.lemma.length) <= 2) return true;
  // A word the lexicon knows was meant as written: "spend" is not a mistyped "speed".
  if (a.known) return false;
  // The first letter is rarely the one mistyped; requiring it keeps "bank" from meeting "tank".
  if (a.lemma.length < MIN_FUZZY_LENGTH || b.lemma.length < MIN_FUZZY_LENGTH || a.lemma[0] !== b.lemma[0]) return false;
  const long = a.lemma.length >= MIN_TWO_SLIPS_LENGTH && b.lemma.length >= MIN_TWO_SLIPS_LENGTH;
  return editDistance(a.lemma, b.lemma, long ? 2 : 1) <= (long ? 2 : 1);
}
