'use client';
// Starts the new draft on the visitor's click (a GET never creates data), remembers it as the
// wizard's draft on this browser and opens the wizard, which resumes at the maturity step.
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { api } from '@/trpc/react';
import { rememberDraft } from '../../../_components/draft-storage';

export function ContinueAudit({ auditId }: { auditId: string }) {
  const router = useRouter();
  const start = api.audit.continueFrom.useMutation({
    onSuccess: ({ draftId }) => {
      rememberDraft(draftId);
      router.push('/audit');
    },
  });
  return (
    <div className="mt-6 flex flex-col items-start gap-3">
      <Button size="lg" onClick={() => start.mutate({ id: auditId })} disabled={start.isPending || start.isSuccess}>
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
