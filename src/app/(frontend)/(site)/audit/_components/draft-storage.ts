// Remembers a draft as this browser's wizard draft (the wizard resumes it on open).
import { DRAFT_KEY } from './use-audit-draft';

export function rememberDraft(id: string) {
  try {
    window.localStorage.setItem(DRAFT_KEY, id);
  } catch {
    // No storage: the wizard starts afresh; the draft stays on the server.
  }
}
