// The one string type for text people send us. PostgreSQL cannot store U+0000 in text columns
// and an unpaired UTF-16 surrogate is not valid UTF-8, so both are refused here, at validation
// (a 400 naming the field), before any budget is spent or any row is written.
import { z } from 'zod';
import '@/lib/zod-in-browser';

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the value can be stored and sent on as UTF-8 text. */
export function isStorableText(value: string): boolean {
  return !value.includes(NUL) && !LONE_SURROGATE.test(value);
}

export const UNSTORABLE_TEXT_MESSAGE = 'Contains a character that cannot be stored (a NUL byte or a broken character)';

/** `z.string()` that also refuses NUL bytes and unpaired surrogates; chain trim/min/max as usual. */
export function textString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}
