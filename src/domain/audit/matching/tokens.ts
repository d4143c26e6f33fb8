// Words of a visitor's answer as comparable tokens: accents folded, lemmatised and stemmed by
// wink-nlp with its English lite model (shipped inside the npm package, nothing downloaded),
// stop words kept but marked (they weigh little), hyphenated words joined ("e-mail", "hand-off").
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The lemma ("invoices" -> "invoice", "clinics" -> "clinic"). */
  lemma: string;
  /** The Porter2 stem, which also meets forms the lemmatiser leaves alone ("keyed", "scheduling"). */
  stem: string;
  /** A stop word ("by", "make", "off"): it counts for little. */
  stop: boolean;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

// Loading the model takes about a second: once per process, on first use.
function engine(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Lower case, accents folded, punctuation to spaces; "+" and "&" survive as words. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/([a-z0-9])[-‐‑]+(?=[a-z0-9])/g, '$1')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
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
  return lemmas.map((lemma, i) => ({
    lemma,
    stem: stems[i] ?? lemma,
    stop: (stops[i] ?? false) && !acronyms.has(words[i] ?? ''),
  }));
}
