import { describe, expect, it } from 'vitest';
import { isBreachedPassword, passwordProblem } from './password-policy';

describe('staff password rules', () => {
  it('needs at least 12 characters', () => {
    expect(passwordProblem('elevenchars')).toBe('Use at least 12 characters.');
    expect(passwordProblem('twelve chars')).toBeNull();
  });

  it('refuses common breached passwords in any letter case, from the list shipped in the package', () => {
    for (const common of ['qwerty123456', 'QWERTY123456', '1q2w3e4r5t6y', 'password']) {
      expect(isBreachedPassword(common)).toBe(true);
    }
    expect(passwordProblem('Qwerty123456')).toMatch(/breached passwords/);
    expect(isBreachedPassword('a long unlikely phrase 2026')).toBe(false);
  });

  it('caps the length', () => {
    expect(passwordProblem('x'.repeat(1025))).toBe('Use at most 1024 characters.');
  });
});
