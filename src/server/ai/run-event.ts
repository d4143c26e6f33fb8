// The payload of a recommendation run's notification: "<audit id>:<version>:<kind>". No imports
// on purpose: pure, and unit-tested without an environment.
export const RUN_CHANNEL = 'xteam_recommendation_runs';

export type RunEventKind = 'progress' | 'stop' | 'watch';
export interface RunEvent {
  auditId: string;
  version: number;
  kind: RunEventKind;
}

export function parseRunEvent(payload: string | undefined): RunEvent | null {
  const [auditId, version, kind, ...rest] = (payload ?? '').split(':');
  if (!auditId || !version || rest.length || (kind !== 'progress' && kind !== 'stop' && kind !== 'watch')) return null;
  const parsed = Number(version);
  return Number.isInteger(parsed) && parsed >= 0 ? { auditId, version: parsed, kind } : null;
}
