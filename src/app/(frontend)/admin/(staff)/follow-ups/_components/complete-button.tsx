'use client';
// Marks a follow-up done and refreshes the list.
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

export function CompleteButton({ id }: { id: string }) {
  const router = useRouter();
  const complete = api.leads.completeFollowUp.useMutation({ onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" disabled={complete.isPending} onClick={() => complete.mutate({ id })}>
        {complete.isPending ? 'Saving…' : 'Mark done'}
      </Button>
      {complete.error && <p className="text-xs text-red-700">{seedErrorOf(complete.error)?.message}</p>}
    </div>
  );
}
