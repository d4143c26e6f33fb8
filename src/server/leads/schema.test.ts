import { describe, expect, it } from 'vitest';
import { leadFilters, listRequestOf, parseListQuery, queryStringOf } from './schema';

const OWNER = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('parseListQuery', () => {
  it('defaults to the newest leads, page 1', () => {
    expect(parseListQuery(new URLSearchParams())).toEqual({
      input: { filters: {}, order: { sort: 'created_at', dir: 'desc' }, page: 1, pageSize: 25 },
      errors: {},
    });
  });

  it('reads every filter, the sort and the page from a query string', () => {
    const params = new URLSearchParams({
      q: '  Weber ',
      status: 'in_progress',
      kind: 'audit',
      industry: 'manufacturing',
      source: 'LinkedIn',
      assignee: OWNER,
      scoreMin: '20',
      scoreMax: '60',
      from: '2026-11-01',
      to: '2026-11-30',
      sort: 'priority',
      dir: 'asc',
      page: '3',
    });
    expect(parseListQuery(params)).toEqual({
      input: {
        filters: {
          q: 'Weber',
          status: 'in_progress',
          kind: 'audit',
          industry: 'manufacturing',
          source: 'linkedin',
          assignee: OWNER,
          scoreMin: 20,
          scoreMax: 60,
          from: '2026-11-01',
          to: '2026-11-30',
        },
        order: { sort: 'priority', dir: 'asc' },
        page: 3,
        pageSize: 25,
      },
      errors: {},
    });
  });

  it('ignores empty fields (a form submitted with blanks)', () => {
    const parsed = parseListQuery({ q: '', status: '', scoreMin: ' ', assignee: 'unassigned' });
    expect(parsed.input.filters).toEqual({ assignee: 'unassigned' });
    expect(parsed.errors).toEqual({});
  });

  it('reports invalid filters and leaves them out instead of failing the page', () => {
    const parsed = parseListQuery({
      q: 'ab',
      status: 'won',
      scoreMin: 'abc',
      scoreMax: '101',
      from: '26/11/2026',
      sort: 'email',
      page: '-1',
    });
    expect(parsed.input.filters).toEqual({});
    expect(Object.keys(parsed.errors).sort()).toEqual(['from', 'q', 'scoreMax', 'scoreMin', 'status']);
    expect(parsed.errors.q).toBe('Search needs at least 3 characters');
    expect(parsed.input.order).toEqual({ sort: 'created_at', dir: 'desc' });
    expect(parsed.input.page).toBe(1);
  });

  it('refuses ranges that are upside down', () => {
    const parsed = parseListQuery({ scoreMin: '80', scoreMax: '20', from: '2026-12-01', to: '2026-11-01' });
    expect(parsed.errors).toEqual({
      scoreMin: 'The lowest score must not be above the highest',
      from: 'The start must not be after the end',
    });
    expect(parsed.input.filters).toEqual({ scoreMax: 20, to: '2026-11-01' });
  });

  it('takes the first of repeated parameters (Next gives arrays)', () => {
    expect(parseListQuery({ status: ['closed', 'new'] }).input.filters).toEqual({ status: 'closed' });
  });
});

describe('queryStringOf', () => {
  it('round-trips filters and adds extras', () => {
    const filters = leadFilters.parse({ q: 'weber & co', scoreMin: 10, status: 'new' });
    const query = queryStringOf(filters, { sort: 'name', page: undefined });
    expect(query).toBe('q=weber+%26+co&status=new&scoreMin=10&sort=name');
    expect(parseListQuery(new URLSearchParams(query)).input.filters).toEqual(filters);
    expect(listRequestOf(new URLSearchParams(query)).order).toEqual({ sort: 'name', dir: undefined });
  });
});
