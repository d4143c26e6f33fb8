// The migrations a database records, so a restore can refuse an archive written by another
// version of the app (its tables would not match the columns the archive holds).
import type pg from 'pg';

export async function recordedMigrations(client: pg.ClientBase): Promise<{ prisma: string[]; payload: string[] }> {
  const prisma = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM public._prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
  );
  const payload = await client.query<{ name: string }>('SELECT name FROM payload.payload_migrations ORDER BY 1');
  return { prisma: prisma.rows.map((r) => r.name), payload: [...new Set(payload.rows.map((r) => r.name))] };
}
