import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toErrorBody, validationDetails } from './errors';

describe('toErrorBody', () => {
  it('maps an AppError to its status and the seed format', () => {
    const { status, body } = toErrorBody(new AppError('NOT_FOUND', 'Audit not found', { field: 'id' }));
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Audit not found', details: { field: 'id' } });
    expect(new Date(body.error.timestamp).toISOString()).toBe(body.error.timestamp);
  });

  it('turns zod errors into VALIDATION_ERROR with the failing field', () => {
    const schema = z.object({ contactInfo: z.object({ email: z.email() }) });
    const result = schema.safeParse({ contactInfo: { email: 'nope' } });
    expect(result.success).toBe(false);
    const { status, body } = toErrorBody(result.error);
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.details.field).toBe('contactInfo.email');
    expect(body.error.details.reason).toMatch(/email/i);
  });

  it('hides the message of unexpected errors', () => {
    const { status, body } = toErrorBody(new Error('connection string postgres://secret'));
    expect(status).toBe(500);
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('validationDetails', () => {
  it('lists every issue and names the root for top-level problems', () => {
    const result = z.object({ a: z.string(), b: z.number() }).safeParse(42);
    expect(result.success).toBe(false);
    const details = validationDetails(result.error!);
    expect(details.field).toBe('(root)');
    expect(details.issues).toHaveLength(1);
  });
});
