// The home page.
import { AuditSteps } from './_components/audit-steps';
import { ClosingCta } from './_components/closing-cta';
import { Hero } from './_components/hero';
import { SocialProof } from './_components/social-proof';
import { ValueProps } from './_components/value-props';

export default function HomePage() {
  return (
    <>
      <Hero />
      <ValueProps />
      <AuditSteps />
      <SocialProof />
      <ClosingCta />
    </>
  );
}
