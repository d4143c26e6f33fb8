'use client';
// The wizard's connection to its server-side draft: remembers the draft id on this browser,
// resumes the saved answers once when the wizard opens, and forgets a draft that was
// submitted or no longer exists. The wizard renders in the browser only (see the loader).
import { useCallback, useEffect, useState } from 'react';
import { api } from '@/trpc/react';
import type { WizardAnswers } from './wizard-state';

export const DRAFT_KEY = 'xteam.audit.draftId';

function readStoredDraftId(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

function forgetStoredDraft(id: string | null) {
  try {
    if (id && window.localStorage.getItem(DRAFT_KEY) === id) window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // No storage: nothing to forget.
  }
}

export function useAuditDraft(
  onResume: (answers: Partial<WizardAnswers>, currentStep: number) => void,
  onSubmitted: (id: string) => void,
) {
  const [resumeId] = useState(readStoredDraftId);
  const [draftId, setDraftIdState] = useState(resumeId);
  const setDraftId = useCallback((id: string | null) => {
    try {
      if (id) window.localStorage.setItem(DRAFT_KEY, id);
      else window.localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Private mode without storage: the draft lives for this page view only.
    }
    setDraftIdState(id);
  }, []);

  const draft = api.audit.draft.useQuery(
    { id: resumeId ?? '' },
    { enabled: !!resumeId, retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
  );

  // A stored draft that was submitted meanwhile, or no longer exists, is not resumed.
  const stale = !!resumeId && (draft.data?.submitted === true || !!draft.error);

  useEffect(() => {
    if (stale) forgetStoredDraft(resumeId);
    if (draft.data?.submitted) onSubmitted(draft.data.id);
    else if (draft.data) onResume(draft.data.answers, draft.data.currentStep);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resume once, when the draft loads
  }, [draft.data, draft.error]);

  return {
    draftId: stale && draftId === resumeId ? null : draftId,
    setDraftId,
    loading: !!resumeId && draft.isPending && !draft.error,
  };
}
