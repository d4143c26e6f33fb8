// `npm run eval`: precision and recall of the free-text catalogue matcher per catalogue, on the
// parts tuned on and on the blind held-out set (scripts/eval/split.ts), and on the held-out phrases
// the configuration did not already name (the harder, novel wordings).
// `--errors` also lists every phrase the matcher got wrong in the tuning part and the development set
// (never the held-out part's).
import { auditConfigSchema } from '../src/domain/audit/config';
import { defaultAuditConfig } from '../src/domain/audit/default-config';
import { evaluate, type CatalogueScore } from './eval/metrics';
import { devPhrases, heldOutKnownOverlap, heldOutPhrases, phraseKey, tuningPhrases } from './eval/split';

const config = auditConfigSchema.parse(defaultAuditConfig);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);

function print(title: string, scores: CatalogueScore[]) {
  console.log(`\n${title}`);
  console.log(`${'catalogue'.padEnd(12)} ${'phrases'.padStart(7)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}`);
  for (const s of scores) {
    console.log(`${s.catalogue.padEnd(12)} ${String(s.phrases).padStart(7)} ${pct(s.precision)}  ${pct(s.recall)}`);
  }
}

const tuning = evaluate(config, tuningPhrases);
const dev = evaluate(config, devPhrases);
const heldOut = evaluate(config, heldOutPhrases);
print(`Tuning part (${tuningPhrases.length} phrases)`, tuning);
print(`Development set, tuned on too (${devPhrases.length} phrases)`, dev);
print(`Held-out part, written blind (${heldOutPhrases.length} phrases)`, heldOut);
const novel = heldOutPhrases.filter((p) => !heldOutKnownOverlap.has(phraseKey(p)));
print(`  of which not already a name in the configuration (${novel.length} phrases)`, evaluate(config, novel));
if (process.argv.includes('--errors')) {
  console.log('\nTuning and development errors (expected -> got):');
  for (const s of [...tuning, ...dev].filter((t) => t.catalogue !== 'all'))
    for (const e of s.errors) console.log(`  ${s.catalogue}: "${e.text}" ${e.expected} -> ${e.got}`);
}
