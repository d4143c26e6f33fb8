// The table of contents of a backup archive: what was saved, from where, and how many rows,
// so a restore can check it rebuilt exactly that.
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const FILE_AREAS = ['storage', 'media'] as const;
export type FileArea = (typeof FILE_AREAS)[number];

export const manifestSchema = z.object({
  format: z.literal('xteam-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  server: z.string(),
  migrations: z.object({ prisma: z.array(z.string()), payload: z.array(z.string()) }),
  tables: z.array(
    z.object({
      schema: z.string(),
      name: z.string(),
      columns: z.array(z.string()),
      rows: z.number().int().min(0),
      file: z.string(),
    }),
  ),
  sequences: z.array(z.object({ schema: z.string(), name: z.string(), lastValue: z.string().nullable() })),
  files: z.array(z.object({ area: z.enum(FILE_AREAS), path: z.string(), bytes: z.number().int(), sha256: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
