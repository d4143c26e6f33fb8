import { describe, expect, it } from 'vitest';
import { payloadRefusal } from './rest-guard';

const collections = new Set(['posts', 'media', 'categories', 'team-members']);
const refuse = (method: string, path: string, headers: Record<string, string> = {}) =>
  payloadRefusal(method, path.split('/').filter(Boolean), new Headers(headers), collections)?.code ?? null;

describe('payloadRefusal', () => {
  it('passes what Payload handles', () => {
    expect(refuse('GET', 'posts')).toBeNull();
    expect(refuse('GET', 'posts/12')).toBeNull();
    expect(refuse('GET', 'posts/versions/3')).toBeNull();
    expect(refuse('GET', 'media/file/hero-1.webp')).toBeNull();
    expect(refuse('POST', 'categories', { 'content-type': 'application/json; charset=utf-8' })).toBeNull();
    expect(refuse('POST', 'media', { 'content-type': 'multipart/form-data; boundary=x' })).toBeNull();
    expect(refuse('POST', 'users/logout')).toBeNull();
    expect(refuse('GET', 'globals/site-settings')).toBeNull();
  });

  it('refuses ids, file names and body types Payload would fail on', () => {
    expect(refuse('GET', 'posts/abc')).toBe('NOT_FOUND');
    expect(refuse('DELETE', 'posts/1e3')).toBe('NOT_FOUND');
    expect(refuse('GET', 'posts/versions/abc')).toBe('NOT_FOUND');
    expect(refuse('GET', 'media/file/\u0000')).toBe('NOT_FOUND');
    expect(refuse('GET', 'media/file/..%2f..%2fetc%2fpasswd')).toBe('NOT_FOUND');
    expect(refuse('GET', 'media/file/..')).toBe('NOT_FOUND');
    expect(refuse('GET', 'media/file/"; DROP TABLE audits; --')).toBe('NOT_FOUND');
    expect(refuse('GET', 'media/file/%E0%A4%A')).toBe('NOT_FOUND');
    expect(refuse('POST', 'categories', { 'content-type': 'text/plain' })).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(refuse('PATCH', 'categories/1', { 'content-length': '5' })).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses paging numbers that are not whole numbers in range, naming the parameter', () => {
    const withQuery = (query: string) =>
      payloadRefusal('GET', ['posts'], new Headers(), collections, new URLSearchParams(query));
    expect(withQuery('limit=10&page=2&depth=1')).toBeNull();
    expect(withQuery('limit=0')).toBeNull();
    for (const query of [
      'limit=Infinity',
      'page=Infinity',
      'limit=-1',
      'limit=1.5',
      'depth=99',
      'limit=1e3',
      'page=',
    ]) {
      expect(withQuery(query)?.code, query).toBe('VALIDATION_ERROR');
    }
    expect(withQuery('limit=Infinity')?.details).toMatchObject({ field: 'limit' });
  });

  it("lets the admin UI's form-encoded read through (a POST that says it is a GET), nothing else form-encoded", () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(refuse('POST', 'team-members', { ...form, 'x-payload-http-method-override': 'GET' })).toBeNull();
    expect(refuse('POST', 'team-members', form)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(refuse('POST', 'team-members', { ...form, 'x-payload-http-method-override': 'DELETE' })).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(refuse('PATCH', 'team-members/1', { ...form, 'x-payload-http-method-override': 'GET' })).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('refuses query values PostgreSQL cannot store, naming the parameter', () => {
    const withQuery = (query: string) =>
      payloadRefusal('GET', ['posts'], new Headers(), collections, new URLSearchParams(query));
    expect(withQuery('where[slug][equals]=%00')?.details).toMatchObject({ field: 'where[slug][equals]' });
    expect(withQuery('where[slug][equals]=caf%C3%A9')).toBeNull();
  });
});
