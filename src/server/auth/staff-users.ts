// Staff accounts (admin_users): sign-in checks, creation, and the first admin at start-up.
import 'server-only';
import { z } from 'zod';
import { textString } from '@/lib/text';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { decoyPasswordHash, generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { isBreachedPassword } from './password-policy';
import { STAFF_ROLES, type StaffRole } from './roles';

export const credentialsSchema = z.object({
  email: z.email().trim().toLowerCase().max(255),
  password: textString().min(1).max(1024),
});

export const newStaffUserSchema = z.object({
  email: z.email().trim().toLowerCase().max(255),
  role: z.enum(STAFF_ROLES),
  password: textString()
    .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024)
    .refine((password) => !isBreachedPassword(password), 'This password is on a list of breached passwords'),
  username: textString().trim().min(1).max(100).optional(),
});

export interface StaffIdentity {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/** Returns the staff member for valid credentials of an active account, otherwise null. */
export async function verifyStaffCredentials(db: Db, input: unknown): Promise<StaffIdentity | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.adminUser.findUnique({ where: { email } });
  // No password yet (an invitation not taken up) signs in no more than an unknown address.
  if (!user || !user.isActive || !user.passwordHash) {
    await verifyPassword(await decoyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await db.adminUser.update({ where: { id: user.id }, data: { lastLogin: new Date() } });
  return { id: user.id, email: user.email, name: user.username, role: user.role as StaffRole };
}

export async function createStaffUser(db: Db, input: z.input<typeof newStaffUserSchema>): Promise<StaffIdentity> {
  const data = newStaffUserSchema.parse(input);
  const existing = await db.adminUser.findUnique({ where: { email: data.email } });
  if (existing) throw new AppError('CONFLICT', 'A staff account with this email already exists', { field: 'email' });
  const user = await db.adminUser.create({
    data: {
      email: data.email,
      username: data.username ?? data.email.split('@')[0] ?? data.email,
      role: data.role,
      passwordHash: await hashPassword(data.password),
    },
  });
  return { id: user.id, email: user.email, name: user.username, role: data.role };
}

/** Sets a password from the command line; every session of the account ends. */
export async function setStaffPassword(db: Db, email: string, password: string): Promise<void> {
  const parsed = newStaffUserSchema.pick({ email: true, password: true }).parse({ email, password });
  const user = await db.adminUser.update({
    where: { email: parsed.email },
    data: { passwordHash: await hashPassword(parsed.password) },
  });
  await db.staffSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
}

export type FirstAdminOutcome =
  | { kind: 'exists' }
  | { kind: 'created'; email: string; generatedPassword?: string }
  | { kind: 'skipped'; reason: string };

/**
 * Makes sure an admin exists. ADMIN_EMAIL / ADMIN_PASSWORD win; outside production a strong
 * password is generated for the caller to print once. There is never a fixed default.
 */
export async function ensureFirstAdmin(
  db: Db,
  opts: { email?: string; password?: string; production: boolean },
): Promise<FirstAdminOutcome> {
  if (opts.email && opts.password) {
    const existing = await db.adminUser.findUnique({ where: { email: opts.email.toLowerCase() } });
    if (existing) return { kind: 'exists' };
    await createStaffUser(db, { email: opts.email, password: opts.password, role: 'admin' });
    return { kind: 'created', email: opts.email.toLowerCase() };
  }
  if ((await db.adminUser.count({ where: { role: 'admin' } })) > 0) return { kind: 'exists' };
  if (opts.production) {
    return {
      kind: 'skipped',
      reason: 'No admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run staff -- create`.',
    };
  }
  const email = (opts.email ?? 'admin@xteam.pro').toLowerCase();
  const generatedPassword = generatePassword();
  await createStaffUser(db, { email, password: generatedPassword, role: 'admin', username: 'admin' });
  return { kind: 'created', email, generatedPassword };
}
