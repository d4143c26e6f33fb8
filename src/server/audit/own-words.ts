// The LLM's reading of a visitor's own words, per catalogue, when an LLM is configured: one
// short, bounded call per catalogue with words to classify. Without a key, or when the call
// fails, the result is empty and the offline matcher decides (src/domain/audit/matching).
import 'server-only';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { findInCatalogue, type Classification } from '@/domain/audit/answers';
import type { CatalogueEntry } from '@/domain/audit/matching/match';
import type { AuditConfig } from '@/domain/audit/config';
import { classifyWithModel } from '@/server/ai/classify';
import type { Logger } from '@/server/logging/logger';

export interface OwnWords {
  industry?: string;
  painPoints?: readonly string[];
  currentSystems?: readonly string[];
  kpis?: readonly string[];
}

export interface Classifications {
  industries?: Classification;
  painPoints?: Classification;
  systems?: Classification;
  kpis?: Classification;
}

export interface ClassifyOptions {
  /** The configured model (classifierModel() in src/server/ai/models.ts); null: offline only. */
  model: LanguageModelV4 | null;
  timeoutMs: number;
  log?: Pick<Logger, 'warn'>;
}

export async function classifyOwnWords(
  config: AuditConfig,
  words: OwnWords,
  options: ClassifyOptions,
): Promise<Classifications> {
  const { model, timeoutMs } = options;
  if (!model) return {};
  const jobs: Array<[keyof Classifications, string, readonly CatalogueEntry[], readonly string[]]> = [
    [
      'industries',
      'industries',
      config.industries.filter((i) => i.slug !== 'other'),
      words.industry ? [words.industry] : [],
    ],
    ['painPoints', 'pain points (manual work and process problems)', config.painPoints, words.painPoints ?? []],
    ['systems', 'software systems', config.systems, words.currentSystems ?? []],
    ['kpis', 'business goals and KPIs', config.kpis, words.kpis ?? []],
  ];
  const results = await Promise.all(
    jobs.map(async ([key, what, entries, inputs]) => {
      // Exact slugs and labels need no model.
      const texts = inputs.map((t) => t.trim()).filter((t) => t && !findInCatalogue(entries, t));
      if (texts.length === 0) return [key, undefined] as const;
      try {
        return [key, await classifyWithModel({ model, what, entries, texts, timeoutMs })] as const;
      } catch (error) {
        options.log?.warn({ err: error, catalogue: key }, 'LLM classification failed; the offline matcher decides');
        return [key, undefined] as const;
      }
    }),
  );
  return Object.fromEntries(results.filter(([, value]) => value)) as Classifications;
}
