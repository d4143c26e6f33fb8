// The home page. Its hero and closing call to action may be under an A/B experiment: the proxy
// rewrote the request with the visitor's variants (?xv=...), rendered here on the server.
import { variantContentFor } from '@/server/experiments/variant-content';
import { AuditSteps } from './_components/audit-steps';
import { ClosingCta } from './_components/closing-cta';
import { Hero } from './_components/hero';
import { SocialProof } from './_components/social-proof';
import { ValueProps } from './_components/value-props';

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const variants = await variantContentFor(await searchParams);
  return (
    <>
      <Hero variant={variants['home-hero']} />
      <ValueProps />
      <AuditSteps />
      <SocialProof />
      <ClosingCta variant={variants['audit-cta']} />
    </>
  );
}
