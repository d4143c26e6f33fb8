import { describe, expect, it } from 'vitest';
import { channelOf } from './channel';

describe('acquisition channel', () => {
  it('prefers utm_source and keeps the campaign, normalised', () => {
    expect(channelOf({ utm: { source: ' LinkedIn ', campaign: 'Q4-Audit' }, referrer: 'https://google.com/' })).toEqual(
      {
        source: 'linkedin',
        campaign: 'q4-audit',
      },
    );
  });

  it('falls back to the referrer host without www', () => {
    expect(channelOf({ referrer: 'https://www.Google.com/search?q=x' })).toEqual({
      source: 'google.com',
      campaign: null,
    });
  });

  it('treats our own host, junk and nothing as direct', () => {
    expect(channelOf({ referrer: 'https://xteam.pro/blog', ownHost: 'www.xteam.pro' }).source).toBe('direct');
    expect(channelOf({ referrer: 'not a url' }).source).toBe('direct');
    expect(channelOf({ referrer: 'android-app://com.slack' }).source).toBe('direct');
    expect(channelOf({}).source).toBe('direct');
    expect(channelOf({ utm: { source: '   ' } }).source).toBe('direct');
  });

  it('caps lengths at 200 characters', () => {
    expect(channelOf({ utm: { source: 'x'.repeat(500), campaign: 'y'.repeat(500) } })).toEqual({
      source: 'x'.repeat(200),
      campaign: 'y'.repeat(200),
    });
  });
});
