// Seeds the demo content of a fresh install: categories, team, posts, case studies,
// solutions, testimonials and site settings, with illustrations rendered locally.
// Idempotent and respectful of editors: each item is created once, keyed by its slug, and
// remembered in Payload's key-value store, so an item an editor changed or deleted is never
// overwritten or brought back.
import type { Payload } from 'payload';
import { seedCaseStudies } from './content/case-studies';
import { seedCategories } from './content/categories';
import { seedPosts } from './content/posts';
import { seedSiteSettings } from './content/site-settings';
import { seedSolutions } from './content/solutions';
import { seedTeam } from './content/team';
import { seedTestimonials } from './content/testimonials';
import { coverSvg, logoSvg, portraitSvg, renderPng } from './images';
import { richText } from './rich-text';

const LEDGER_PREFIX = 'seed:content:';
type SluggedCollection = 'categories' | 'posts' | 'case-studies' | 'solutions';

export interface SeedReport {
  created: number;
  kept: number;
}

class Seeder {
  readonly report: SeedReport = { created: 0, kept: 0 };
  constructor(private readonly payload: Payload) {}

  /** Runs `create` unless the item was seeded before or already exists; returns its id. */
  async once(
    key: string,
    findExisting: () => Promise<number | undefined>,
    create: () => Promise<number>,
  ): Promise<number | undefined> {
    const ledgerKey = LEDGER_PREFIX + key;
    const existing = await findExisting();
    if (existing !== undefined || (await this.payload.kv.has(ledgerKey))) {
      this.report.kept += 1;
      if (existing !== undefined) await this.payload.kv.set(ledgerKey, { at: new Date().toISOString() });
      return existing;
    }
    const id = await create();
    await this.payload.kv.set(ledgerKey, { at: new Date().toISOString() });
    this.report.created += 1;
    return id;
  }

  async idBySlug(collection: SluggedCollection, slug: string): Promise<number | undefined> {
    const found = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    });
    return found.docs[0]?.id;
  }

  async idByField(collection: 'team-members' | 'testimonials', field: string, value: string) {
    const found = await this.payload.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    return found.docs[0]?.id;
  }

  async image(name: string, svg: string, alt: string): Promise<number> {
    const data = await renderPng(svg);
    const media = await this.payload.create({
      collection: 'media',
      data: { alt },
      file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
      overrideAccess: true,
    });
    return media.id;
  }
}

export async function seedSiteContent(payload: Payload): Promise<SeedReport> {
  const seeder = new Seeder(payload);
  const categoryIds = new Map<string, number>();
  for (const category of seedCategories) {
    const id = await seeder.once(
      `categories/${category.slug}`,
      () => seeder.idBySlug('categories', category.slug),
      async () => (await payload.create({ collection: 'categories', data: { ...category }, overrideAccess: true })).id,
    );
    if (id !== undefined) categoryIds.set(category.slug, id);
  }

  const teamIds = new Map<string, number>();
  for (const member of seedTeam) {
    const id = await seeder.once(
      `team-members/${member.key}`,
      () => seeder.idByField('team-members', 'name', member.name),
      async () => {
        const photo = await seeder.image(
          `team-${member.key}`,
          portraitSvg(member.key),
          `Illustrated portrait of ${member.name}`,
        );
        const { key: _key, ...data } = member;
        return (await payload.create({ collection: 'team-members', data: { ...data, photo }, overrideAccess: true }))
          .id;
      },
    );
    if (id !== undefined) teamIds.set(member.key, id);
  }

  for (const post of seedPosts) {
    await seeder.once(
      `posts/${post.slug}`,
      () => seeder.idBySlug('posts', post.slug),
      async () => {
        const coverImage = await seeder.image(`post-${post.slug}`, coverSvg(post.slug), post.coverAlt);
        const created = await payload.create({
          collection: 'posts',
          data: {
            title: post.title,
            slug: post.slug,
            excerpt: post.excerpt,
            content: richText(post.body),
            coverImage,
            author: teamIds.get(post.author),
            categories: post.category.flatMap((slug) => categoryIds.get(slug) ?? []),
            publishedAt: post.publishedAt,
            _status: 'published',
          },
          overrideAccess: true,
        });
        return created.id;
      },
    );
  }

  const caseStudyIds = new Map<string, number>();
  for (const study of seedCaseStudies) {
    const id = await seeder.once(
      `case-studies/${study.slug}`,
      () => seeder.idBySlug('case-studies', study.slug),
      async () => {
        const logo = await seeder.image(`logo-${study.slug}`, logoSvg(study.client), `${study.client} logo`);
        const coverImage = await seeder.image(
          `case-${study.slug}`,
          coverSvg(study.slug),
          `Illustration of the automated ${study.industry.toLowerCase()} workflow built for ${study.client}`,
        );
        const created = await payload.create({
          collection: 'case-studies',
          data: { ...study, solution: richText(study.solution), logo, coverImage, _status: 'published' },
          overrideAccess: true,
        });
        return created.id;
      },
    );
    if (id !== undefined) caseStudyIds.set(study.slug, id);
  }

  for (const solution of seedSolutions) {
    await seeder.once(
      `solutions/${solution.slug}`,
      () => seeder.idBySlug('solutions', solution.slug),
      async () => {
        const image = await seeder.image(
          `solution-${solution.slug}`,
          coverSvg(`solution-${solution.slug}`),
          `Illustration of automated workflows in ${solution.industry.toLowerCase()}`,
        );
        const { related, problems, ...rest } = solution;
        const created = await payload.create({
          collection: 'solutions',
          data: {
            ...rest,
            image,
            problems: problems.map((problem) => ({ problem })),
            relatedCaseStudies: related.flatMap((slug) => caseStudyIds.get(slug) ?? []),
            _status: 'published',
          },
          overrideAccess: true,
        });
        return created.id;
      },
    );
  }

  for (const testimonial of seedTestimonials) {
    await seeder.once(
      `testimonials/${testimonial.key}`,
      () => seeder.idByField('testimonials', 'person', testimonial.person),
      async () => {
        const { key: _key, caseStudy, ...data } = testimonial;
        const created = await payload.create({
          collection: 'testimonials',
          data: { ...data, caseStudy: caseStudyIds.get(caseStudy), featured: true },
          overrideAccess: true,
        });
        return created.id;
      },
    );
  }

  await seeder.once(
    'site-settings',
    async () => {
      const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true });
      return settings.email ? settings.id : undefined;
    },
    async () => {
      const { legalPages, ...rest } = seedSiteSettings;
      const saved = await payload.updateGlobal({
        slug: 'site-settings',
        data: {
          ...rest,
          legalPages: legalPages.map(({ body, ...page }) => ({ ...page, content: richText(body) })),
        },
        overrideAccess: true,
      });
      return saved.id;
    },
  );

  return seeder.report;
}
