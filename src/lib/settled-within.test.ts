import { describe, expect, it } from 'vitest';
import { settledWithin } from './settled-within';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('settledWithin', () => {
  it('gives the value of a promise that settles in time', async () => {
    expect(await settledWithin(after(5, 'done'), 200)).toBe('done');
  });

  it('gives null for one that is late, which still settles later', async () => {
    const slow = after(80, 'late');
    expect(await settledWithin(slow, 10)).toBeNull();
    expect(await slow).toBe('late');
  });

  it('passes a rejection on', async () => {
    await expect(settledWithin(Promise.reject(new Error('failed')), 50)).rejects.toThrow('failed');
  });
});
