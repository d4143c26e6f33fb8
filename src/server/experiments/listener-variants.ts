// The listener's side of experiments: its page cache keeps each variant of a page under an
// experiment as a page of its own, so it needs the variant the proxy would choose for this
// request, decided here by the same function (src/server/experiments/serve.ts).
import 'server-only';
import type { IncomingMessage } from 'node:http';
import type { VariantChoice } from '@/server/page-cache/serve-page';
import { decideVariants, recordExposures, surfacesOf } from './serve';

const DEFAULT_TEXT: VariantChoice = { token: '', record: () => {} };

export async function chooseVariant(request: IncomingMessage): Promise<VariantChoice> {
  const url = new URL(request.url ?? '/', 'http://listener.invalid');
  if (!surfacesOf(url.pathname).length) return DEFAULT_TEXT;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const experimentRequest = { method: request.method ?? 'GET', url, headers };
  const decision = await decideVariants(experimentRequest);
  if (!decision.token) return DEFAULT_TEXT;
  return { token: decision.token, record: () => recordExposures(experimentRequest, decision) };
}
