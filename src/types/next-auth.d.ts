// Session and token carry the staff member's id and role; the token also names the server-side
// staff session (sid) that sign-out and the time-outs end.
import type { DefaultSession } from 'next-auth';
import type { StaffRole } from '@/server/auth/roles';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; role: StaffRole };
  }
  interface User {
    id: string;
    role: StaffRole;
    sid?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: StaffRole;
    sid?: string;
  }
}
