// Words of a visitor's answer as comparable tokens: accents folded, lemmatised and stemmed by
// wink-nlp with its English lite model (shipped inside the npm package, nothing downloaded),
// stop words kept but marked (they weigh little), hyphenated words joined ("e-mail", "hand-off").
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldText } from './fold';

export { foldText };

export interface Token {
  /** The lemma ("invoices" -> "invoice", "clinics" -> "clinic"). */
  lemma: string;
  /** The Porter2 stem, which also meets forms the lemmatiser leaves alone ("keyed", "scheduling"). */
  stem: string;
  /** A stop word ("by", "make", "off") or a generic noun ("company", "practice"): it counts for little. */
  stop: boolean;
  /**
   * A word of the model's English lexicon. A known word is never read as a slip of the keyboard for
   * another ("spend" is not a mistyped "speed"); an unknown one may be ("salesfroce").
   */
  known?: boolean;
}

// Words that say what kind of organisation or thing, or how a task is done, not which: "law practice" is law, "freight
// broker" is freight, "pharmacy chain" is pharmacy. They weigh like stop words, so the other word
// of the phrase decides; said alone they still match a name that is just them.
const GENERIC_WORDS = new Set([
  'company',
  'firm',
  'agency',
  'practice',
  'chain',
  'group',
  'startup',
  'business',
  'organization',
  'provider',
  'operator',
  'department',
  'broker',
  'vendor',
  'enterprise',
  'corporation',
  // How a task is done, not which task: "freight invoices keyed by hand" is about invoices.
  'manual',
  'manually',
  'hand',
  'key',
  'keyed',
  'keying',
  'type',
  'typing',
  'typed',
]);

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
/**
 * The model numbers its lexicon's words first and words it has never seen after them, in the order
 * met: the number given to a nonsense word read first is the size of the lexicon.
 */
let lexiconSize = 0;

// Loading the model takes about a second: once per process, on first use.
function engine(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, ['pos']);
    lexiconSize = nlp.readDoc('qzxvjkwq').tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  }
  return nlp;
}

// The same word in other words or spellings, for every catalogue: "clients" are customers, "quicker"
// is faster, British and American spellings meet. Entries' own synonyms belong in their aliases.
const SAME_AS: Record<string, string> = {
  client: 'customer',
  clientele: 'customer',
  quick: 'fast',
  quickly: 'fast',
  rapid: 'fast',
  speedy: 'fast',
  colleague: 'employee',
  personnel: 'employee',
  worker: 'employee',
  mistake: 'error',
  centre: 'center',
  programme: 'program',
  catalogue: 'catalog',
  enquiry: 'inquiry',
  labour: 'labor',
};

/** "optimisation" and "optimization" are one word. */
function americanSpelling(lemma: string): string {
  return lemma.replace(/is(ation|ing|ed|e)$/, 'iz$1');
}

function canonical(lemma: string): string {
  const same = SAME_AS[lemma] ?? lemma;
  return same.length > 6 ? americanSpelling(same) : same;
}

export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  if (!folded) return [];
  // Acronyms written in capitals are names, not stop words: "IT", "AP", "AI".
  const acronyms = new Set((text.match(/\b[A-Z]{2,5}\b/g) ?? []).map((word) => word.toLowerCase()));
  const nlp = engine();
  const tokens = nlp.readDoc(folded).tokens();
  const words = tokens.out(nlp.its.value);
  // The package types lemma and stem as add-on functions (they are; the model provides them).
  const lemmas = tokens.out(nlp.its.lemma as unknown as typeof nlp.its.value);
  const stems = tokens.out(nlp.its.stem as unknown as typeof nlp.its.value);
  const stops = tokens.out(nlp.its.stopWordFlag) as unknown as boolean[];
  const ids = tokens.out(nlp.its.uniqueId) as unknown as number[];
  return lemmas.map((word, i) => {
    const lemma = canonical(word);
    return {
      lemma,
      stem: lemma === word ? (stems[i] ?? lemma) : lemma,
      stop: ((stops[i] ?? false) || GENERIC_WORDS.has(lemma)) && !acronyms.has(words[i] ?? ''),
      known: (ids[i] ?? lexiconSize) < lexiconSize,
    };
  });
}

/** Whether a single word is an adjective ("poor"), which alone names nothing. */
export function isAdjective(word: string): boolean {
  const nlp = engine();
  const pos = nlp.readDoc(word.toLowerCase()).tokens().out(nlp.its.pos);
  return pos.length === 1 && pos[0] === 'ADJ';
}
