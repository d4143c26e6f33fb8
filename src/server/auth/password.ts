// Password hashing with argon2id (@node-rs/argon2) and strong password generation.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  // OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password of 24 URL-safe characters (~143 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

// Verified against when an email is unknown, so a miss costs as much time as a hit.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(generatePassword());
  return decoyHash;
}
