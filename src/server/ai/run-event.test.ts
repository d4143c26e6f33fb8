import { describe, expect, it } from 'vitest';
import { parseRunEvent } from './run-event';

describe('parseRunEvent', () => {
  it('reads the audit id, the version and the kind', () => {
    const id = '0b6f3a5e-8a57-4d3b-9b7e-2f1c4b0e9a11';
    expect(parseRunEvent(`${id}:12:progress`)).toEqual({ auditId: id, version: 12, kind: 'progress' });
    expect(parseRunEvent(`${id}:0:watch`)).toEqual({ auditId: id, version: 0, kind: 'watch' });
    expect(parseRunEvent(`${id}:3:stop`)).toEqual({ auditId: id, version: 3, kind: 'stop' });
  });

  it('ignores anything else on the channel', () => {
    for (const payload of [undefined, '', 'x', 'id:1', 'id:one:progress', 'id:1:restart', 'id:1.5:stop'])
      expect(parseRunEvent(payload)).toBeNull();
  });
});
