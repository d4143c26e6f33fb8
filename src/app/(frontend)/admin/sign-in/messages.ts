// Sign-in messages shared by the page (errors in the URL) and the form (errors of a submit).
export const LOCKED_MESSAGE =
  'Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin.';
export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const THROTTLED_MESSAGE =
  'Too many failed sign-ins from your network. Please wait a few minutes, then try again.';
