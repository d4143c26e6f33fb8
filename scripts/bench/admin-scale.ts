// Issue 8's volume check: 100,000 audits (plus their leads and ~1.5 million analytics events),
// then (1) the query plan and execution time of every lead-list and dashboard query, run with
// EXPLAIN ANALYZE on exactly the SQL the services build, and (2) the latency of the admin
// procedures over HTTP as a signed-in admin.
import pg from 'pg';
import type { Prisma } from '../../src/server/db/generated/client';
import { lastDays, periodOf, previousPeriod } from '../../src/domain/analytics/range';
import * as dashboardSql from '../../src/server/analytics/queries';
import { countQuery, pageQuery } from '../../src/server/leads/query';
import { leadFilters, leadOrder, type LeadFilters, type LeadOrder } from '../../src/server/leads/schema';
import type { Db } from '../../src/server/db/client';
import { Prisma as PrismaNamespace } from '../../src/server/db/generated/client';
import { seedAdminScale } from './admin-scale-seed';
import { measure, printTable } from './stats';

interface Plan {
  name: string;
  ms: number;
  seqScans: string[];
  indexes: string[];
}

/** The tables a plan reads in full (a "Seq Scan" node) and the indexes it uses. */
function summarise(name: string, lines: string[]): Plan {
  const text = lines.join('\n');
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
  const seqScans = [...text.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!);
  const indexes = [
    ...new Set(
      [...text.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]!),
    ),
  ];
  return { name, ms, seqScans: [...new Set(seqScans)], indexes };
}

async function explain(client: pg.Client, name: string, query: Prisma.Sql): Promise<Plan> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
    query.values as unknown[],
  );
  return summarise(
    name,
    rows.map((row) => row['QUERY PLAN']),
  );
}

/** A stand-in Db that records the SQL a dashboard query function would run. */
function recordingDb(sink: Prisma.Sql[]): Db {
  return {
    $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => {
      sink.push(PrismaNamespace.sql(strings, ...values));
      return Promise.resolve([]);
    },
  } as unknown as Db;
}

const LIST_CASES: Array<{ name: string; filters: LeadFilters; order?: Partial<LeadOrder>; page?: number }> = [
  { name: 'newest first, page 1', filters: {} },
  { name: 'newest first, page 200', filters: {}, page: 200 },
  { name: 'status = new', filters: { status: 'new' } },
  { name: 'industry + status', filters: { industry: 'logistics', status: 'in_progress' } },
  { name: 'search "lead4242"', filters: { q: 'lead4242' } },
  { name: 'search "company 12"', filters: { q: 'company 12' } },
  { name: 'score 20-40, by priority', filters: { scoreMin: 20, scoreMax: 40 }, order: { sort: 'priority' } },
  { name: 'source = linkedin, last 30 days', filters: { source: 'linkedin', from: lastDays(new Date(), 30).from } },
  { name: 'sort by priority', filters: {}, order: { sort: 'priority' } },
  { name: 'sort by name', filters: {}, order: { sort: 'name', dir: 'asc' } },
];

export async function benchAdminScale(
  baseUrl: string,
  databaseUrl: string,
  admin: { cookie: string },
  audits = 100_000,
) {
  const seeded = await seedAdminScale(databaseUrl, audits);
  console.log(
    `seeded ${seeded.audits} audits, ${seeded.leads} leads, ${seeded.events} analytics events in ${seeded.seconds.toFixed(1)} s`,
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const plans: Plan[] = [];
  try {
    for (const c of LIST_CASES) {
      const filters = leadFilters.parse(c.filters);
      const order = leadOrder.parse(c.order ?? {});
      const offset = ((c.page ?? 1) - 1) * 25;
      plans.push(await explain(client, `leads list: ${c.name}`, pageQuery(filters, order, 25, offset)));
      plans.push(await explain(client, `leads count: ${c.name}`, countQuery(filters)));
    }
    for (const days of [30, 365]) {
      const current = periodOf(lastDays(new Date(), days));
      const previous = previousPeriod(current);
      const sink: Prisma.Sql[] = [];
      const db = recordingDb(sink);
      await dashboardSql.visitorCounts(db, current, previous);
      await dashboardSql.auditCounts(db, current, previous);
      await dashboardSql.outcomeCounts(db, current, previous);
      await dashboardSql.auditFunnel(db, current);
      await dashboardSql.otherIndustryTexts(db, current);
      await dashboardSql.dailyAudits(db, current);
      await dashboardSql.auditBreakdowns(db, current);
      await dashboardSql.maturityBuckets(db, current);
      await dashboardSql.sourceCounts(db, current);
      const names = [
        'visitors',
        'audits',
        'outcomes',
        'funnel',
        'other industries',
        'daily audits',
        'breakdowns',
        'maturity',
        'sources',
      ];
      for (const [i, query] of sink.entries()) {
        plans.push(await explain(client, `dashboard ${days} d: ${names[i] ?? i}`, query));
      }
    }
  } finally {
    await client.end();
  }
  console.log('\nquery plans (EXPLAIN ANALYZE on the seeded data):');
  console.table(
    plans.map((p) => ({
      query: p.name,
      'exec ms': p.ms.toFixed(1),
      'full scans': p.seqScans.join(', ') || '-',
      indexes: p.indexes.join(', ') || '-',
    })),
  );

  // Over HTTP, as the admin's browser calls them.
  const call = async (path: string, input: unknown) => {
    const response = await fetch(
      `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      {
        headers: { cookie: admin.cookie },
      },
    );
    await response.arrayBuffer();
    return response.ok;
  };
  const last30 = lastDays(new Date(), 30);
  const last365 = lastDays(new Date(), 365);
  printTable([
    await measure('leads.list newest, page 1', 40, 4, () => call('leads.list', {})),
    await measure('leads.list search "lead4242"', 40, 4, () => call('leads.list', { filters: { q: 'lead4242' } })),
    await measure('leads.list industry+status, by priority', 40, 4, () =>
      call('leads.list', {
        filters: { industry: 'logistics', status: 'new' },
        order: { sort: 'priority', dir: 'desc' },
      }),
    ),
    await measure('analytics.dashboard 30 days', 20, 2, () => call('analytics.dashboard', last30)),
    await measure('analytics.dashboard 365 days', 10, 2, () => call('analytics.dashboard', last365)),
    await measure('CSV export, status=new (~23k rows)', 3, 1, async () => {
      const response = await fetch(`${baseUrl}/api/admin/leads/export.csv?status=new`, {
        headers: { cookie: admin.cookie },
      });
      await response.arrayBuffer();
      return response.ok;
    }),
  ]);
  return plans;
}
