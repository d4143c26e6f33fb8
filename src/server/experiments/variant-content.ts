// The page's side of an experiment: the variant content the proxy chose for this request
// (?xv=<experiment id>.<variant key>, set by the proxy only), per surface.
import 'server-only';
import { parseVariantToken } from '@/domain/experiments/assignment';
import { VARIANT_PARAM, type Surface, type VariantContent } from '@/domain/experiments/types';
import { logger } from '@/server/logging/logger';
import { liveExperiments } from './catalog';

export type SurfaceContent = Partial<Record<Surface, VariantContent & { variantKey: string }>>;
type SearchParams = Record<string, string | string[] | undefined>;

function tokensOf(params: SearchParams): string[] {
  const value = params[VARIANT_PARAM];
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values.flatMap((entry) => entry.split(',')).slice(0, 4);
}

export async function variantContentFor(params: SearchParams): Promise<SurfaceContent> {
  const tokens = tokensOf(params)
    .map(parseVariantToken)
    .filter((token) => token !== null);
  if (!tokens.length) return {};
  try {
    const experiments = await liveExperiments();
    const content: SurfaceContent = {};
    for (const { experimentId, variantKey } of tokens) {
      const experiment = experiments.find((candidate) => candidate.id === experimentId);
      const variant = experiment?.variants.find((candidate) => candidate.key === variantKey);
      if (!experiment || !variant) continue;
      content[experiment.surface] = {
        headline: variant.headline,
        subheadline: variant.subheadline,
        ctaLabel: variant.ctaLabel,
        variantKey,
      };
    }
    return content;
  } catch (error) {
    logger.warn({ err: error }, 'experiment content not loaded; the default text is shown');
    return {};
  }
}
