// What a backup covers: every table and sequence of the app's three schemas (Prisma's public,
// Payload's payload, pg-boss's pgboss), read from the PostgreSQL catalogue so a new table or
// schema object is included without touching this code.
import type pg from 'pg';

export const BACKUP_SCHEMAS = ['public', 'payload', 'pgboss'] as const;

export interface TableEntry {
  schema: string;
  name: string;
  /** Written columns in order (generated columns are computed again on restore). */
  columns: string[];
}

export interface SequenceEntry {
  schema: string;
  name: string;
  lastValue: string | null;
}

export const qualified = (schema: string, name: string) =>
  `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
const columnList = (columns: string[]) => columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');

export async function listTables(client: pg.ClientBase): Promise<TableEntry[]> {
  // Partitions are left out: their rows are read and written through the partitioned parent.
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname, c.relname`,
    [BACKUP_SCHEMAS],
  );
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceEntry[]> {
  const { rows } = await client.query<{ schema: string; name: string; last_value: string | null }>(
    `SELECT schemaname AS schema, sequencename AS name, last_value::text
       FROM pg_sequences WHERE schemaname = ANY($1) ORDER BY 1, 2`,
    [BACKUP_SCHEMAS],
  );
  return rows.map((row) => ({ schema: row.schema, name: row.name, lastValue: row.last_value }));
}

export async function countRows(client: pg.ClientBase, table: Pick<TableEntry, 'schema' | 'name'>): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM ${qualified(table.schema, table.name)}`,
  );
  return Number(rows[0]?.n ?? 0);
}

export const copyOutSql = (table: TableEntry) =>
  `COPY (SELECT ${columnList(table.columns)} FROM ${qualified(table.schema, table.name)}) TO STDOUT WITH (FORMAT csv)`;

export const copyInSql = (table: TableEntry) =>
  `COPY ${qualified(table.schema, table.name)} (${columnList(table.columns)}) FROM STDIN WITH (FORMAT csv)`;

/**
 * Tables ordered so that a table comes after the tables its foreign keys point to; used when
 * the restoring role may not switch off triggers (session_replication_role needs a superuser).
 */
export async function orderByForeignKeys(client: pg.ClientBase, tables: TableEntry[]): Promise<TableEntry[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT cn.nspname || '.' || c.relname AS child, pn.nspname || '.' || p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE k.contype = 'f' AND cn.nspname = ANY($1) AND k.conrelid <> k.confrelid`,
    [BACKUP_SCHEMAS],
  );
  const key = (t: Pick<TableEntry, 'schema' | 'name'>) => `${t.schema}.${t.name}`;
  const parents = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!parents.has(row.child)) parents.set(row.child, new Set());
    parents.get(row.child)!.add(row.parent);
  }
  const ordered: TableEntry[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const byKey = new Map(tables.map((t) => [key(t), t]));
  const visit = (table: TableEntry) => {
    const k = key(table);
    if (placed.has(k) || visiting.has(k)) return;
    visiting.add(k);
    for (const parent of parents.get(k) ?? []) {
      const entry = byKey.get(parent);
      if (entry) visit(entry);
    }
    visiting.delete(k);
    placed.add(k);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}
