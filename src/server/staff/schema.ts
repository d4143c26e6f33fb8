// Inputs of the staff procedures, shared by the admin UI and the server.
import { z } from 'zod';
import { textString } from '@/lib/text';
import { STAFF_ROLES } from '@/server/auth/roles';

const email = z.email('Enter a valid email address').trim().toLowerCase().max(255);

export const createStaffInput = z.object({
  email,
  role: z.enum(STAFF_ROLES, 'Choose a role'),
});
export type CreateStaffInput = z.infer<typeof createStaffInput>;

export const staffIdInput = z.object({ id: z.uuid('Unknown account') });

export const setRoleInput = staffIdInput.extend({ role: z.enum(STAFF_ROLES, 'Choose a role') });

export const setActiveInput = staffIdInput.extend({ active: z.boolean() });

export const staffLogInput = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

export const forgotPasswordInput = z.object({ email });

export const linkTokenInput = z.object({ token: z.string().min(1).max(200) });

/** Length only here (the form checks as you type); the server also checks the breached list. */
export const setPasswordInput = linkTokenInput.extend({
  password: textString().min(12, 'Use at least 12 characters.').max(1024, 'Use at most 1024 characters.'),
});
