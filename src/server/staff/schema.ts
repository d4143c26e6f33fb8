// Inputs of the staff procedures, shared by the admin UI and the server.
import { z } from 'zod';
import { STAFF_ROLES } from '@/server/auth/roles';

export const createStaffInput = z.object({
  email: z.email('Enter a valid email address').trim().toLowerCase().max(255),
  role: z.enum(STAFF_ROLES),
});

export type CreateStaffInput = z.infer<typeof createStaffInput>;
