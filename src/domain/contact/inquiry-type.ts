// Any inquiry type a sender or integrator writes (up to 50 characters), mapped to the types
// sales works with by the same matcher as the audit's own words: "consultation" is a project,
// "general" is other. What does not match is "other"; the sender's words are kept either way.
import { matchCatalogue } from '../audit/matching/match';
import { INQUIRY_TYPES, INQUIRY_TYPE_KEYS, type InquiryType } from './follow-up';

const ALIASES: Record<InquiryType, string[]> = {
  project: [
    'consultation',
    'consulting',
    'consult',
    'new project',
    'automation project',
    'implementation',
    'automation',
    'AI project',
    'demo',
    'sales',
    'business inquiry',
    'work with you',
    'hire',
  ],
  audit: ['audit', 'audit results', 'my results', 'assessment', 'report', 'AI audit', 'maturity'],
  pricing: [
    'price',
    'prices',
    'pricing',
    'quote',
    'quotation',
    'proposal',
    'offer',
    'cost',
    'costs',
    'budget',
    'RFP',
    'tender',
    'packages',
  ],
  partnership: [
    'partner',
    'partnership',
    'partnering',
    'reseller',
    'referral',
    'affiliate',
    'alliance',
    'collaboration',
    'cooperation',
    'agency partner',
  ],
  press: [
    'press',
    'media',
    'journalist',
    'interview',
    'speaking',
    'speaker',
    'podcast',
    'conference',
    'event',
    'article',
  ],
  other: [
    'general',
    'general inquiry',
    'general question',
    'question',
    'other',
    'misc',
    'miscellaneous',
    'info',
    'information',
    'hello',
    'feedback',
    'support',
    'careers',
    'job',
    'something else',
  ],
};

const ENTRIES = INQUIRY_TYPE_KEYS.map((key) => ({ slug: key, label: INQUIRY_TYPES[key].label, aliases: ALIASES[key] }));

export interface ResolvedInquiryType {
  type: InquiryType;
  /** What the sender wrote, trimmed. */
  text: string;
}

export function resolveInquiryType(input: string): ResolvedInquiryType {
  const text = input.trim();
  return { type: matchCatalogue(ENTRIES, text)?.entry.slug ?? 'other', text };
}
