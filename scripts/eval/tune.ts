// Tuning aid: precision, recall and every mistake on the tuning part and the development set.
// Never prints anything about the held-out part (that is `npm run eval`'s figure alone).
import { auditConfigSchema } from '../../src/domain/audit/config';
import { defaultAuditConfig } from '../../src/domain/audit/default-config';
import { evaluate } from './metrics';
import { devPhrases, tuningPhrases } from './split';

const config = auditConfigSchema.parse(defaultAuditConfig);
for (const [title, phrases] of [
  ['tuning', tuningPhrases],
  ['development', devPhrases],
] as const) {
  const scores = evaluate(config, phrases);
  console.log(`\n${title}`);
  for (const s of scores)
    console.log(
      `${s.catalogue.padEnd(12)} ${String(s.phrases).padStart(4)} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}`,
    );
  for (const s of scores.filter((t) => t.catalogue !== 'all'))
    for (const e of s.errors) console.log(`  ${s.catalogue}: "${e.text}" ${e.expected} -> ${e.got}`);
}
