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

describe('database outages', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
    errno: -111,
  });
  const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
    code: '57P01',
    severity: 'FATAL',
  });

  it.each([
    ['a refused socket', refused],
    ['an admin shutdown', adminShutdown],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a connection exception class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['Prisma P1001', Object.assign(new Error("Can't reach database server"), { code: 'P1001' })],
    ['Prisma P1017', Object.assign(new Error('Server has closed the connection.'), { code: 'P1017' })],
    [
      "the pg adapter's error kind",
      Object.assign(new Error('adapter'), {
        meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } },
      }),
    ],
    ['a wrapped pg error (Drizzle)', new Error('Failed query: select 1', { cause: adminShutdown })],
    ['a pg client whose socket ended', new Error('Connection terminated unexpectedly')],
  ])('answers %s with 503 and a retry delay', (_name, error) => {
    const { status, body } = toErrorBody(error);
    expect(status).toBe(503);
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps other database errors as 500', () => {
    const unique = Object.assign(new Error('duplicate key'), { code: '23505', severity: 'ERROR' });
    expect(toErrorBody(unique).status).toBe(500);
    expect(toErrorBody(Object.assign(new Error('unique'), { code: 'P2002' })).status).toBe(500);
  });
});
