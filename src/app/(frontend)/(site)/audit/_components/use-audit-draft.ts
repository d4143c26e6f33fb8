'use client';
// The wizard's connection to its server-side draft: remembers the draft id on this browser,
// resumes its answers, and forgets a draft that was submitted or no longer exists.
import { useEffect, useSyncExternalStore } from 'react';
import { api } from '@/trpc/react';
import type { WizardAnswers } from './wizard-state';

const DRAFT_KEY = 'xteam.audit.draftId';
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function setDraftId(id: string | null) {
  if (id) window.localStorage.setItem(DRAFT_KEY, id);
  else window.localStorage.removeItem(DRAFT_KEY);
  listeners.forEach((listener) => listener());
}

export function useAuditDraft(
  onResume: (answers: Partial<WizardAnswers>, currentStep: number) => void,
  onSubmitted: (id: string) => void,
) {
  // undefined while rendering on the server: not known yet.
  const draftId = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(DRAFT_KEY),
    () => undefined,
  );
  const draft = api.audit.draft.useQuery(
    { id: draftId ?? '' },
    { enabled: !!draftId, retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
  );

  useEffect(() => {
    if (draft.data?.submitted) {
      setDraftId(null);
      onSubmitted(draft.data.id);
    } else if (draft.data) {
      onResume(draft.data.answers, draft.data.currentStep);
    }
    if (draft.error?.data?.code === 'NOT_FOUND' || draft.error?.data?.code === 'BAD_REQUEST') setDraftId(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resume once per loaded draft
  }, [draft.data, draft.error]);

  return {
    draftId: draftId ?? null,
    /** True until we know whether there is a draft to resume. */
    loading: draftId === undefined || (!!draftId && draft.isPending && !draft.error),
  };
}
