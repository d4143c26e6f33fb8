'use client';
// Ends the session as soon as the page loads, then returns to the sign-in page.
import { signOut } from 'next-auth/react';
import { useEffect } from 'react';

export function SignOut() {
  useEffect(() => {
    void signOut({ callbackUrl: '/admin/sign-in' });
  }, []);
  return (
    <p role="status" className="text-ink-muted">
      Signing you out…
    </p>
  );
}
