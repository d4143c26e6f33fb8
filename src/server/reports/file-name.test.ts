import { describe, expect, it } from 'vitest';
import { reportFileName } from './file-name';

describe('reportFileName', () => {
  const day = new Date('2026-11-25T10:00:00Z');
  it('names the company and the date', () => {
    expect(reportFileName('Nordwerk & Söhne GmbH', day)).toBe(
      'XTeam.Pro AI audit - Nordwerk & Söhne GmbH - 2026-11-25.pdf',
    );
  });
  it('drops characters that break file names or headers', () => {
    expect(reportFileName('Acme/"Evil"\r\nCo', day)).toBe('XTeam.Pro AI audit - Acme Evil Co - 2026-11-25.pdf');
  });
  it('leaves the company out when there is none', () => {
    expect(reportFileName(null, day)).toBe('XTeam.Pro AI audit - 2026-11-25.pdf');
    expect(reportFileName('///', day)).toBe('XTeam.Pro AI audit - 2026-11-25.pdf');
  });
});
