// The team shown on /about (demo content).
export const seedTeam = [
  {
    key: 'marta-kowalczyk',
    name: 'Marta Kowalczyk',
    role: 'Founder and managing director',
    order: 10,
    bio: 'Marta spent twelve years running finance operations for logistics and retail groups before founding XTeam.Pro. She leads every audit read-out herself and still believes the best automation project starts with a stopwatch and a spreadsheet of where the hours actually go.',
  },
  {
    key: 'daniel-okafor',
    name: 'Daniel Okafor',
    role: 'Head of AI engineering',
    order: 20,
    bio: 'Daniel builds the document-understanding and retrieval systems behind our automations. Before XTeam.Pro he shipped machine-learning platforms for a payments company. He insists on evaluation sets before prompts, and on a human reviewer wherever a mistake would cost money.',
  },
  {
    key: 'sofia-lindqvist',
    name: 'Sofia Lindqvist',
    role: 'Automation architect',
    order: 30,
    bio: 'Sofia connects ERPs, CRMs and the spreadsheets that sit between them. She has integrated SAP, Dynamics, NetSuite and Salesforce in more than forty projects and designs every workflow so that it can be switched off without stopping the business.',
  },
  {
    key: 'james-whitfield',
    name: 'James Whitfield',
    role: 'Delivery and change lead',
    order: 40,
    bio: 'James makes sure automations are adopted, not just deployed. He runs the training, the runbooks and the first ninety days of measurement with each client team, and he owns the before-and-after figures we publish in our case studies.',
  },
] as const;

export type SeedTeamKey = (typeof seedTeam)[number]['key'];
