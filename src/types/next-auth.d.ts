// Session and token carry the staff member's id and role.
import type { DefaultSession } from 'next-auth';
import type { StaffRole } from '@/server/auth/roles';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; role: StaffRole };
  }
  interface User {
    id: string;
    role: StaffRole;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: StaffRole;
  }
}
