// Shown when a submit hits a rate limit: when to try again, that the answers are kept (the
// draft lives on the server and this browser remembers it), and what to do meanwhile.
import Link from 'next/link';

export interface RateLimit {
  message: string;
  retryAt: Date;
}

function waitText(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const time = retryAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return minutes >= 90 ? `at ${time}` : `at ${time} (in about ${minutes} minute${minutes === 1 ? '' : 's'})`;
}

export function RateLimitedNotice({ limit }: { limit: RateLimit }) {
  return (
    <div role="alert" className="rounded-lg bg-amber-50 px-4 py-4 text-sm text-amber-950 ring-1 ring-amber-200">
      <p className="font-semibold">{limit.message}</p>
      <p className="mt-1">
        Your answers are saved: you can send them again {waitText(limit.retryAt, new Date())} from this browser, with
        nothing to fill in again.
      </p>
      <p className="mt-3">Meanwhile:</p>
      <ul className="mt-1 list-inside list-disc">
        <li>
          <Link href="/consultation" className="font-semibold underline">
            Book a free consultation
          </Link>{' '}
          and we go through your answers with you.
        </li>
        <li>
          <Link href="/contact" className="font-semibold underline">
            Write to us
          </Link>{' '}
          and we send you your results by email.
        </li>
      </ul>
    </div>
  );
}
