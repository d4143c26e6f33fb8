// The figures of /admin/experiments: per variant, the distinct visitors exposed and how many
// of them reached the experiment's goal after their first exposure, compared with the control.
import 'server-only';
import {
  compareVariants,
  sampleSizePerVariant,
  MIN_DETECTABLE_LIFT,
  type VariantComparison,
} from '@/domain/experiments/statistics';
import { phaseOf, type Phase } from '@/domain/experiments/assignment';
import type { Experiment } from '@/domain/experiments/types';
import type { Db } from '@/server/db/client';
import { experimentsForResults } from './catalog';

export interface ExperimentResults {
  experiment: Pick<
    Experiment,
    'id' | 'name' | 'surface' | 'goal' | 'audience' | 'startAt' | 'stopAt' | 'chosenVariant'
  >;
  phase: Phase;
  variants: Array<VariantComparison & { label: string }>;
  /** Visitors each variant needs to detect a MIN_DETECTABLE_LIFT change from the control's rate. */
  sampleSize: { perVariant: number | null; baseline: number | null; lift: number };
}

interface ArmRow {
  variant: string;
  visitors: bigint;
  conversions: bigint;
}

/**
 * A visitor counts for the first variant they were shown (a cookieless id can be shared, or
 * weights can change mid-test); a conversion counts once, when it follows that first exposure
 * and comes before the experiment's stop. Uses idx_analytics_events_exposures for the exposures
 * and idx_analytics_events_name_occurred_visitor for the goal events.
 */
export async function armsOf(db: Db, experiment: Pick<Experiment, 'id' | 'goal' | 'stopAt'>) {
  const until = experiment.stopAt ?? new Date('9999-12-31T00:00:00Z');
  const rows = await db.$queryRaw<ArmRow[]>`
    WITH first_exposure AS (
      SELECT DISTINCT ON (visitor_id) visitor_id, split_part(label, '.', 2) AS variant, occurred_at
        FROM analytics_events
       WHERE name = 'experiment_exposure' AND label LIKE ${`${experiment.id}.%`}
       ORDER BY visitor_id, occurred_at
    )
    SELECT f.variant, count(*) AS visitors,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM analytics_events c
              WHERE c.name = ${experiment.goal} AND c.visitor_id = f.visitor_id
                AND c.occurred_at >= f.occurred_at AND c.occurred_at <= ${until}
           )) AS conversions
      FROM first_exposure f GROUP BY f.variant`;
  return new Map(
    rows.map((row) => [row.variant, { visitors: Number(row.visitors), conversions: Number(row.conversions) }]),
  );
}

export async function experimentResults(db: Db, now = new Date()): Promise<ExperimentResults[]> {
  const experiments = await experimentsForResults();
  return Promise.all(
    experiments.map(async (experiment) => {
      const arms = await armsOf(db, experiment);
      const rows = compareVariants(
        experiment.variants.map((variant) => ({
          key: variant.key,
          ...(arms.get(variant.key) ?? { visitors: 0, conversions: 0 }),
        })),
      );
      const baseline = rows[0]?.rate ?? null;
      return {
        experiment: {
          id: experiment.id,
          name: experiment.name,
          surface: experiment.surface,
          goal: experiment.goal,
          audience: experiment.audience,
          startAt: experiment.startAt,
          stopAt: experiment.stopAt,
          chosenVariant: experiment.chosenVariant,
        },
        phase: phaseOf(experiment, now),
        variants: rows.map((row, index) => ({ ...row, label: experiment.variants[index]!.label })),
        sampleSize: {
          perVariant: baseline === null ? null : sampleSizePerVariant(baseline),
          baseline,
          lift: MIN_DETECTABLE_LIFT,
        },
      };
    }),
  );
}
