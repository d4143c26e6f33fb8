// Staff account use cases for admins: list accounts, invite a colleague with a one-time password.
import 'server-only';
import type { Db } from '@/server/db/client';
import { generatePassword } from '@/server/auth/password';
import { createStaffUser } from '@/server/auth/staff-users';
import type { CreateStaffInput } from './schema';

export function listStaff(db: Db) {
  return db.adminUser.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, username: true, role: true, isActive: true, lastLogin: true, createdAt: true },
  });
}

/** Creates the account and returns its generated password, to be shown to the admin once. */
export async function inviteStaff(db: Db, input: CreateStaffInput) {
  const password = generatePassword();
  const user = await createStaffUser(db, { ...input, password });
  return { user, password };
}
