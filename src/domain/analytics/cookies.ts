// Names of the analytics cookies, shared by the browser and the server (no Node imports here:
// the browser bundle loads this module).
export const CONSENT_COOKIE = 'xt_consent';
export const VISITOR_COOKIE = 'xt_vid';
export type ConsentChoice = 'allow' | 'deny';
