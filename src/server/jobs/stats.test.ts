import { describe, expect, it } from 'vitest';
import { judgeJobs, type JobStats } from './stats';

const stats = (over: Partial<JobStats> = {}): JobStats => ({
  waiting: 0,
  oldestWaitingSeconds: 0,
  lastCompletedAt: null,
  workers: 1,
  workersKnown: true,
  ...over,
});
const secondsAgo = (s: number) => new Date(Date.now() - s * 1000);

describe('judgeJobs', () => {
  it('is ok with an idle worker and an empty queue', () => {
    expect(judgeJobs(stats(), 600, 3600)).toBe('ok');
  });

  it('is ok with a long queue that is moving', () => {
    expect(
      judgeJobs(stats({ waiting: 900, oldestWaitingSeconds: 700, lastCompletedAt: secondsAgo(2) }), 600, 3600),
    ).toBe('ok');
  });

  it('is stalled when the oldest job waited past the limit and nothing finished within it', () => {
    expect(
      judgeJobs(stats({ waiting: 3, oldestWaitingSeconds: 601, lastCompletedAt: secondsAgo(900) }), 600, 3600),
    ).toBe('stalled');
    expect(judgeJobs(stats({ waiting: 3, oldestWaitingSeconds: 601 }), 600, 3600)).toBe('stalled');
  });

  it('reports a missing worker, except while the first one is still starting', () => {
    expect(judgeJobs(stats({ workers: 0 }), 600, 3600)).toBe('no-worker');
    expect(judgeJobs(stats({ workers: 0, workersKnown: false }), 600, 10)).toBe('starting');
    expect(judgeJobs(stats({ workers: 0, workersKnown: false }), 600, 61)).toBe('no-worker');
    expect(judgeJobs(stats({ workers: 0, workersKnown: true }), 600, 10)).toBe('no-worker');
  });
});
