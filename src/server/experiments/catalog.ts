// The experiments the site serves (running or stopped, never drafts), read from the CMS's
// tables through the tag cache: the proxy consults this on every page request, and a CMS edit
// drops it within milliseconds (NOTIFY feed, tag "experiments").
import 'server-only';
import { Prisma } from '@/server/db/generated/client';
import { db } from '@/server/db/client';
import { cachedQuery } from '@/server/content/cached';
import type { Audience, Experiment, ExperimentStatus, Goal, Surface } from '@/domain/experiments/types';

interface ExperimentRow {
  id: number;
  name: string;
  surface: Surface;
  status: ExperimentStatus;
  audience: Audience;
  goal: Goal;
  start_at: Date | null;
  stop_at: Date | null;
  chosen_variant: string | null;
  updated_at: Date;
}

interface VariantRow {
  parent_id: number;
  key: string;
  label: string;
  weight: string | number;
  headline: string;
  subheadline: string | null;
  cta_label: string;
}

async function loadExperiments(where: Prisma.Sql): Promise<Experiment[]> {
  // Payload writes these tables (cms/collections/Experiments); Prisma only reads them here,
  // because the proxy cannot load the whole CMS for every request.
  const rows = await db.$queryRaw<ExperimentRow[]>`
    SELECT id, name, surface::text AS surface, status::text AS status, audience::text AS audience,
           goal::text AS goal, start_at, stop_at, chosen_variant, updated_at
      FROM payload.experiments WHERE ${where} ORDER BY updated_at DESC`;
  if (!rows.length) return [];
  const variants = await db.$queryRaw<VariantRow[]>`
    SELECT _parent_id AS parent_id, key, label, weight, headline, subheadline, cta_label
      FROM payload.experiments_variants
     WHERE _parent_id IN (${Prisma.join(rows.map((row) => row.id))}) ORDER BY _parent_id, _order`;
  return rows.map((row) => ({
    id: String(row.id),
    name: row.name,
    surface: row.surface,
    status: row.status,
    audience: row.audience,
    goal: row.goal,
    startAt: row.start_at,
    stopAt: row.stop_at,
    chosenVariant: row.chosen_variant,
    updatedAt: row.updated_at,
    variants: variants
      .filter((variant) => variant.parent_id === row.id)
      .map((variant) => ({
        key: variant.key,
        label: variant.label,
        weight: Number(variant.weight),
        headline: variant.headline,
        subheadline: variant.subheadline,
        ctaLabel: variant.cta_label,
      })),
  }));
}

/** Running and stopped experiments (what the proxy and the pages may serve). */
export function liveExperiments(): Promise<Experiment[]> {
  return cachedQuery('experiments:live', ['experiments'], () => loadExperiments(Prisma.sql`status <> 'draft'`));
}

/** Every experiment but drafts, newest first, for /admin/experiments (read fresh). */
export function experimentsForResults(): Promise<Experiment[]> {
  return loadExperiments(Prisma.sql`status <> 'draft'`);
}
