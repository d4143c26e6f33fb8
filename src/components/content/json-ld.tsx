// Structured data (schema.org JSON-LD) for search engines. Not executable, but it carries the
// request's CSP nonce anyway so no policy ever has to make an exception for it.
import { headers } from 'next/headers';

export async function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  // `<` escaped so no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
