// Case studies, industry solutions, team, testimonials and site settings for the public site.
import 'server-only';
import type { CaseStudy, SiteSetting, Solution, TeamMember, Testimonial } from '@cms/payload-types';
import { getCms } from '@/server/cms/payload';
import { cachedQuery } from './cached';
import { findPublishedBySlug } from './published';

const published = { _status: { equals: 'published' } } as const;

export function listCaseStudies(): Promise<CaseStudy[]> {
  return cachedQuery('case-studies:list', ['case-studies', 'media'], async () => {
    const cms = await getCms();
    const result = await cms.find({
      collection: 'case-studies',
      where: published,
      sort: '-publishedAt',
      limit: 100,
      depth: 1,
      overrideAccess: false,
    });
    return result.docs;
  });
}

export function findCaseStudy(slug: string, { draft = false } = {}): Promise<CaseStudy | null> {
  return findPublishedBySlug('case-studies', slug, { draft, depth: 1, tags: ['case-studies', 'media'] });
}

export function listSolutions(): Promise<Solution[]> {
  return cachedQuery('solutions:list', ['solutions', 'media'], async () => {
    const cms = await getCms();
    const result = await cms.find({
      collection: 'solutions',
      where: published,
      sort: 'order',
      limit: 100,
      depth: 1,
      overrideAccess: false,
    });
    return result.docs;
  });
}

/** Depth 2: its related case studies with their images. */
export function findSolution(slug: string, { draft = false } = {}): Promise<Solution | null> {
  return findPublishedBySlug('solutions', slug, { draft, depth: 2, tags: ['solutions', 'case-studies', 'media'] });
}

export function listTeam(): Promise<TeamMember[]> {
  return cachedQuery('team', ['team-members', 'media'], async () => {
    const cms = await getCms();
    const result = await cms.find({ collection: 'team-members', sort: 'order', limit: 50, depth: 1 });
    return result.docs;
  });
}

export function listTestimonials(): Promise<Testimonial[]> {
  return cachedQuery('testimonials', ['testimonials'], async () => {
    const cms = await getCms();
    const result = await cms.find({
      collection: 'testimonials',
      where: { featured: { equals: true } },
      sort: '-updatedAt',
      limit: 12,
      depth: 0,
    });
    return result.docs;
  });
}

export function getSiteSettings(): Promise<SiteSetting> {
  return cachedQuery('site-settings', ['site-settings'], async () => {
    const cms = await getCms();
    return cms.findGlobal({ slug: 'site-settings', depth: 0 });
  });
}
