// The CMS's log-out control: staff sessions belong to NextAuth, so sign out there.
import React from 'react';

export function SignOutButton() {
  return (
    <a href="/admin/sign-out" className="nav__log-out" aria-label="Sign out">
      Sign out
    </a>
  );
}
