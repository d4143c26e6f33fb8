// The CSV export of the filtered lead list: the list's own query (query.ts) read through a
// server-side cursor in one read-only snapshot, so every matching row is written exactly once,
// in the list's order, however large the list, without holding it in memory.
import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { bandOf } from '@/domain/leads/priority';
import { LEAD_CSV_HEADER, leadCsvRecord } from '@/domain/leads/csv';
import { pool } from '@/server/db/pool';
import { exportQuery, type LeadRow } from './query';
import type { LeadFilters, LeadOrder } from './schema';

const BATCH = 500;
const CURSOR = 'lead_export';

/** `leads-2026-11-26.csv`: the day of the export (UTC). */
export function exportFileName(now = new Date()): string {
  return `leads-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * Opens the snapshot and the cursor before answering, so a database error is still a proper
 * error response; then streams the rows batch by batch as the client reads them.
 */
export async function leadCsvStream(filters: LeadFilters, order: LeadOrder): Promise<ReadableStream<Uint8Array>> {
  const client = await pool.connect();
  const encoder = new TextEncoder();
  let released = false;
  const release = async (commit: boolean) => {
    if (released) return;
    released = true;
    try {
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : true);
    }
  };
  let owners: Map<string, string>;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const query = exportQuery(filters, order);
    await client.query(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${query.text}`, query.values);
    // Staff accounts are few: one read instead of a join per row.
    const staff = await client.query<{ id: string; email: string }>('SELECT id, email FROM admin_users');
    owners = new Map(staff.rows.map((row) => [row.id, row.email]));
  } catch (error) {
    await release(false);
    throw error;
  }

  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { rows } = await client.query<LeadRow>(`FETCH ${BATCH} FROM ${CURSOR}`);
        const records = rows.map((row) =>
          leadCsvRecord({
            ...row,
            band: bandOf(row.priority),
            owner: row.assignedToId ? (owners.get(row.assignedToId) ?? null) : null,
          }),
        );
        // A byte-order mark, so spreadsheet apps read the file as UTF-8 (names with accents).
        const text = stringify(first ? [LEAD_CSV_HEADER, ...records] : records, { bom: first });
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        if (rows.length < BATCH) {
          await release(true);
          controller.close();
        }
      } catch (error) {
        await release(false);
        controller.error(error);
      }
    },
    async cancel() {
      await release(false);
    },
  });
}
