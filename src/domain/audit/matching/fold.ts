// Text folded for comparison, apart from the tokenizer so that code which only folds (stored
// answers' keys, the playbooks) does not load wink-nlp's language model (about 30 MB).
/** Lower case, accents folded, punctuation to spaces; "+" and "&" survive as words. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // A product's web address is its name: "Make.com" is Make, "salesforce.com" Salesforce.
      .replace(/([a-z0-9])\.(com|io|net|org|ai|app|sh)\b/g, '$1')
      .replace(/([a-z0-9])[-‐‑]+(?=[a-z0-9])/g, '$1')
      .replace(/[^a-z0-9+]+/g, ' ')
      .trim()
  );
}

/** Lower case, accents and punctuation folded: the form answers are compared in. */
export const normalizeKey = foldText;
