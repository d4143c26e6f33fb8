// With an LLM configured, the visitor's own words are classified into the same catalogue by the
// model (AI SDK structured output, validated against the catalogue's slugs, bounded by a short
// time-out); any failure, or no LLM at all, leaves the offline matcher's answer in place.
import 'server-only';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { generateText, Output } from 'ai';
import { z } from 'zod';
import { isNegativeAlias, type CatalogueEntry } from '@/domain/audit/matching/match';
import { normalizeKey } from '@/domain/audit/answers';

export const classificationOutput = z.object({
  answers: z.array(z.object({ index: z.number().int().min(0), slug: z.string().nullable() })),
});

/** Folded text -> the slug the model chose, or null for "none of these". */
export type Classification = Map<string, string | null>;

export interface ClassifyRun {
  model: LanguageModelV4;
  /** What the catalogue lists, in words ("industries", "pain points", ...). */
  what: string;
  entries: readonly CatalogueEntry[];
  texts: readonly string[];
  timeoutMs: number;
}

function prompt({ what, entries, texts }: ClassifyRun): string {
  const catalogue = entries
    .map((e) => {
      // Negative evidence ("not: staff turnover") is for the offline matcher, not a synonym.
      const aliases = (e.aliases ?? []).filter((alias) => !isNegativeAlias(alias)).slice(0, 12);
      return `- ${e.slug}: ${e.label}${aliases.length ? ` (also: ${aliases.join(', ')})` : ''}`;
    })
    .join('\n');
  const answers = texts.map((text, index) => `${index}. ${JSON.stringify(text)}`).join('\n');
  return `Catalogue of ${what}:\n${catalogue}\n\nVisitor answers:\n${answers}\n\nFor every answer give its index and the slug of the catalogue entry it clearly means, or null when it means none of them or you are unsure.`;
}

/** Throws on time-out, provider error, malformed output or a slug outside the catalogue. */
export async function classifyWithModel(run: ClassifyRun): Promise<Classification> {
  const slugs = new Set(run.entries.map((e) => e.slug));
  const { output } = await generateText({
    model: run.model,
    system:
      'You map short free-text answers from a business audit to a fixed catalogue. Answer only with catalogue slugs or null; never invent slugs.',
    prompt: prompt(run),
    output: Output.object({ schema: classificationOutput }),
    abortSignal: AbortSignal.timeout(run.timeoutMs),
    maxRetries: 0,
    temperature: 0,
  });
  const result: Classification = new Map();
  for (const { index, slug } of classificationOutput.parse(output).answers) {
    const text = run.texts[index];
    if (text === undefined) throw new Error(`answer index ${index} out of range`);
    if (slug !== null && !slugs.has(slug)) throw new Error(`unknown slug "${slug}"`);
    result.set(normalizeKey(text), slug);
  }
  return result;
}
