// Direct SQL on the run's database, for tests that must set up or inspect state the app does
// not expose (time-outs in the past, lock counters, rows written by the app).
import pg from 'pg';

export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
