// Signs the staff member out of NextAuth (and so of the CMS too).
import type { Metadata } from 'next';
import { SignOut } from './sign-out';

export const metadata: Metadata = { title: 'Signing out', robots: { index: false, follow: false } };

export default function SignOutPage() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <SignOut />
    </main>
  );
}
