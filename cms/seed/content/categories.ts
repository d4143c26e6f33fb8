// Blog categories of the demo content.
export const seedCategories = [
  {
    slug: 'automation-strategy',
    title: 'Automation strategy',
    description: 'Choosing what to automate, building the business case and measuring what changed.',
  },
  {
    slug: 'ai-in-practice',
    title: 'AI in practice',
    description: 'How we design, test and run AI systems that people trust with real work.',
  },
  {
    slug: 'operations',
    title: 'Operations',
    description: 'Finance, supply chain and service teams: the processes where automation pays first.',
  },
] as const;

export type SeedCategorySlug = (typeof seedCategories)[number]['slug'];
