import { describe, expect, it } from 'vitest';
import { seedErrorOf } from './seed-error';

describe('seedErrorOf', () => {
  it('reads field errors from a validation error', () => {
    const error = {
      data: {
        error: {
          code: 'VALIDATION_ERROR',
          message: 'Invalid input data',
          details: {
            field: 'email',
            reason: 'Enter a valid email address',
            issues: [
              { field: 'email', reason: 'Enter a valid email address' },
              { field: 'message', reason: 'Please write at least 10 characters' },
            ],
          },
        },
      },
    };
    expect(seedErrorOf(error)).toEqual({
      code: 'VALIDATION_ERROR',
      message: 'Invalid input data',
      fieldErrors: { email: 'Enter a valid email address', message: 'Please write at least 10 characters' },
    });
  });

  it('keeps a single field without issues and explains network failures', () => {
    const conflict = { data: { error: { code: 'CONFLICT', message: 'Taken', details: { field: 'startsAt' } } } };
    expect(seedErrorOf(conflict)?.fieldErrors).toEqual({ startsAt: 'Taken' });
    expect(seedErrorOf(new Error('fetch failed'))).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(seedErrorOf(null)).toBeNull();
  });
});
