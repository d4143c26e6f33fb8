// Public links of an audit: the shareable results page and the download of its PDF report.
import { env } from '@/env';

export const resultsPath = (auditId: string) => `/audit/results/${auditId}`;
export const resultsUrl = (auditId: string) => new URL(resultsPath(auditId), env.SITE_URL).toString();

export const reportPath = (auditId: string) => `/api/audit/results/${auditId}/report`;
export const reportUrl = (auditId: string) => new URL(reportPath(auditId), env.SITE_URL).toString();

/** Opens the wizard at the maturity questions with this audit's answers (a new draft). */
export const continuePath = (auditId: string) => `/audit/continue/${auditId}`;
export const continueUrl = (auditId: string) => new URL(continuePath(auditId), env.SITE_URL).toString();

/** Books a consultation linked to this audit (the results page's button does the same). */
export const bookingPath = (auditId: string) => `/consultation?audit=${auditId}`;
export const bookingUrl = (auditId: string) => new URL(bookingPath(auditId), env.SITE_URL).toString();
