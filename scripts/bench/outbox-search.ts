// The outbox at 10,000 messages: seeds them (with leads for some), then (1) the query plans of
// the search and count, run with EXPLAIN ANALYZE on exactly the SQL the service builds, and (2)
// outbox.list over HTTP as a signed-in admin for searches by recipient, subject and lead. The
// target: a search answers within 200 ms (p95 over HTTP).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { outboxCountQuery, outboxPageQuery } from '../../src/server/email/outbox-search';
import { outboxListInput } from '../../src/server/email/schema';
import { measure, printTable, type Measurement } from './stats';

export const OUTBOX_SEARCH_TARGET_MS = 200;

async function seed(client: pg.Client, count: number, tag: string) {
  // Every tenth message belongs to a contact inquiry with its lead, so a lead search has work.
  await client.query(
    `WITH inquiries AS (
       INSERT INTO contact_inquiries (name, email, company, inquiry_type, message, created_at)
       SELECT 'Bench Person ' || $2 || ' ' || g, 'bench-lead-' || g || '@' || $2 || '.example', 'Company ' || g,
              'project', 'Bench', now() - g * interval '1 minute'
       FROM generate_series(1, $1 / 10) g
       RETURNING id, name, email, company
     ), leads AS (
       INSERT INTO leads (kind, inquiry_id, name, email, company)
       SELECT 'inquiry', id, name, email, company FROM inquiries RETURNING inquiry_id
     )
     INSERT INTO email_messages (kind, to_address, subject, html, text, status, inquiry_id, created_at)
     SELECT 'contact_ack', email, 'We received your message', '<p>x</p>', 'x', 'kept', inquiry_id, now()
     FROM inquiries JOIN leads ON leads.inquiry_id = inquiries.id`,
    [count, tag],
  );
  await client.query(
    `INSERT INTO email_messages (kind, to_address, subject, html, text, status, created_at)
     SELECT 'audit_report', 'visitor' || g || '@' || $2 || '.example',
            'Your automation audit ' || g || ': maturity ' || (g % 100), '<p>x</p>', 'x',
            (ARRAY['kept', 'sent', 'failed', 'queued'])[1 + g % 4], now() - g * interval '10 seconds'
     FROM generate_series(1, $1 - $1 / 10) g`,
    [count, tag],
  );
  await client.query('ANALYZE email_messages');
  await client.query('ANALYZE leads');
}

export async function benchOutboxSearch(
  baseUrl: string,
  databaseUrl: string,
  admin: { cookie: string },
  messages = 10_000,
): Promise<Measurement[]> {
  const tag = `bench${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const searches: Array<{ name: string; input: Record<string, unknown> }> = [
    { name: 'newest first, page 1', input: {} },
    { name: 'recipient "visitor4242@"', input: { q: 'visitor4242@' } },
    { name: 'subject "maturity 42"', input: { q: 'maturity 42' } },
    { name: 'subject, page 20', input: { q: 'automation audit', page: 20 } },
    { name: 'lead name "Bench Person … 77"', input: { q: `Bench Person ${tag} 77` } },
    { name: 'lead company "company 9"', input: { q: 'company 9' } },
    { name: 'no match', input: { q: 'nothing-like-this' } },
  ];
  try {
    const t0 = performance.now();
    await seed(client, messages, tag);
    console.log(`seeded ${messages} outbox messages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log('\noutbox query plans (EXPLAIN ANALYZE):');
    const plans: Array<Record<string, string>> = [];
    for (const search of searches) {
      const input = outboxListInput.parse(search.input);
      for (const [kind, query] of [
        ['page', outboxPageQuery(input, 25)],
        ['count', outboxCountQuery(input)],
      ] as const) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE) ${query.text}`,
          query.values as unknown[],
        );
        const text = rows.map((row) => row['QUERY PLAN']).join('\n');
        const indexes = [
          ...new Set([...text.matchAll(/Index(?: Only)? Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]!)),
        ];
        plans.push({
          query: `${kind}: ${search.name}`,
          'exec ms': /Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? '?',
          indexes: indexes.join(', ') || '-',
        });
      }
    }
    console.table(plans);
  } finally {
    await client.end();
  }

  const call = async (input: unknown) => {
    const response = await fetch(
      `${baseUrl}/api/trpc/outbox.list?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
      { headers: { cookie: admin.cookie } },
    );
    await response.arrayBuffer();
    return response.ok;
  };
  const results: Measurement[] = [];
  for (const search of searches)
    results.push(await measure(`outbox.list ${search.name}`, 40, 4, () => call(search.input)));
  printTable(results);
  const slow = results.filter((r) => r.errors > 0 || r.p95 > OUTBOX_SEARCH_TARGET_MS);
  console.log(
    slow.length
      ? `outbox search: ${slow.map((r) => r.name).join(', ')} above ${OUTBOX_SEARCH_TARGET_MS} ms p95 (or failed)`
      : `outbox search: every search within ${OUTBOX_SEARCH_TARGET_MS} ms p95 at ${messages} messages`,
  );
  return results;
}
