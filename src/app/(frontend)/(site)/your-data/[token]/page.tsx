// /your-data/<token>: the one-time link from the email. Shows what the link does and does it on
// a click (opening the page spends nothing). The token is a secret: not indexed, no referrer.
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Container } from '@/components/ui/container';
import { privacyToken } from '@/server/privacy/schema';
import { api } from '@/trpc/server';
import { LinkAction } from './_components/link-action';

export const metadata: Metadata = {
  title: 'Your data',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

async function load(token: string) {
  if (!privacyToken.safeParse(token).success) return { ok: false as const, message: 'This link is not valid.' };
  try {
    return { ok: true as const, link: await api.privacy.link({ token }) };
  } catch (error) {
    const message = (error as { message?: string }).message;
    return { ok: false as const, message: message || 'This link is not valid.' };
  }
}

export default async function YourDataLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await load(token);
  return (
    <Container className="flex max-w-3xl flex-col gap-8 py-16">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">Your data</h1>
      {state.ok ? (
        <LinkAction token={token} action={state.link.action} expiresAt={state.link.expiresAt} />
      ) : (
        <div role="alert" className="flex flex-col gap-3 rounded-2xl bg-red-50 p-6 text-red-800 ring-1 ring-red-200">
          <p>{state.message}</p>
          <Link href="/your-data" className="font-semibold underline">
            Request a new link
          </Link>
        </div>
      )}
    </Container>
  );
}
