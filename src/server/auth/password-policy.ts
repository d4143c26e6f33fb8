// What a staff password must be: at least 12 characters, and not one of the passwords that
// attackers try first. The list is the "passwords-common" dictionary of @zxcvbn-ts/language-common
// (49,233 of the most common passwords in public breach corpora), shipped in the
// npm package, so the check needs no network at run time.
import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';
import { MIN_PASSWORD_LENGTH } from './password';

export const MAX_PASSWORD_LENGTH = 1024;

let breached: Set<string> | undefined;
function breachedPasswords(): Set<string> {
  breached ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return breached;
}

/** Whether the password (in any letter case) is on the breached list. */
export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(password.toLowerCase());
}

/** Why the password is refused, in words for the person choosing it, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (isBreachedPassword(password)) {
    return 'This password appears in lists of breached passwords that attackers try first. Choose another.';
  }
  return null;
}
