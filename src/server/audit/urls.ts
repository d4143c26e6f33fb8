// Public links of an audit: the shareable results page and (once rendered) its PDF report.
import { env } from '@/env';

export const resultsPath = (auditId: string) => `/audit/results/${auditId}`;
export const resultsUrl = (auditId: string) => new URL(resultsPath(auditId), env.SITE_URL).toString();
