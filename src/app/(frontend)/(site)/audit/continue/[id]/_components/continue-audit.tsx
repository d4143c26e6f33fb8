'use client';
// Starts the new draft on the visitor's click (a GET never creates data), remembers it as the
// wizard's draft on this browser and opens the wizard, which resumes at the maturity step.
import { useRouter } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { api } from '@/trpc/react';
import { rememberDraft } from '../../../_components/draft-storage';

const noSubscription = () => () => undefined;

export function ContinueAudit({ auditId }: { auditId: string }) {
  const router = useRouter();
  // Enabled once the page is interactive: a click before that would do nothing.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const start = api.audit.continueFrom.useMutation({
    onSuccess: ({ draftId }) => {
      rememberDraft(draftId);
      router.push('/audit');
    },
  });
  return (
    <div className="mt-6 flex flex-col items-start gap-3">
      <Button
        size="lg"
        onClick={() => start.mutate({ id: auditId })}
        disabled={!interactive || start.isPending || start.isSuccess}
      >
        {start.isPending || start.isSuccess ? 'Opening the questions…' : 'Answer the maturity questions'}
      </Button>
      {start.error && (
        <p role="alert" className="text-sm text-red-700">
          {start.error.message}
        </p>
      )}
    </div>
  );
}
