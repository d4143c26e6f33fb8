// The audit configuration: catalogues, maturity questions, dimension weights, tiers, ROI
// assumptions and recommendation playbooks. Editors change it in the CMS; the engine reads
// it as plain data validated by this schema (also the CMS's validation, one source of truth).
import { z } from 'zod';
import '@/lib/zod-in-browser';

export const DIMENSION_KEYS = ['process', 'data', 'technology', 'strategy', 'people', 'governance'] as const;
export const dimensionKey = z.enum(DIMENSION_KEYS);
export type DimensionKey = z.infer<typeof dimensionKey>;

export const PROCESS_TYPES = [
  'data-entry',
  'document-processing',
  'reporting',
  'customer-communication',
  'scheduling',
  'reconciliation',
  'approvals',
  'general',
] as const;
export const processType = z.enum(PROCESS_TYPES);
export type ProcessType = z.infer<typeof processType>;

export const SYSTEM_CATEGORIES = [
  'erp',
  'crm',
  'spreadsheets',
  'accounting',
  'helpdesk',
  'communication',
  'data',
  'automation',
  'custom',
] as const;
export const systemCategory = z.enum(SYSTEM_CATEGORIES);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const label = z.string().trim().min(1).max(120);
const level = z.number().int().min(0).max(4);
const share = z.number().min(0).max(1);
const money = z.number().min(0);

/** A signal: choosing this catalogue item counts as an answer at `level` for these dimensions. */
const informs = z.array(z.object({ dimension: dimensionKey, level })).min(1);

/** "Also known as": other words visitors use for a catalogue entry (free-text matching). */
const aliases = z
  .array(z.string().trim().min(1).max(120))
  .max(200)
  .nullish()
  .transform((list) => list ?? []);

export const auditConfigSchema = z
  .object({
    currency: z.string().length(3).default('EUR'),
    dimensions: z
      .array(z.object({ key: dimensionKey, label, description: z.string().max(400), weight: z.number().positive() }))
      .length(6),
    tiers: z.array(z.object({ label, min: z.number().int().min(0).max(100), summary: z.string().max(400) })).min(2),
    /** Weight of a catalogue signal relative to an answered maturity question (1). */
    signalWeight: z.number().min(0).max(1),
    industries: z
      .array(z.object({ slug, label, aliases, benchmark: z.record(dimensionKey, z.number().min(0).max(100)) }))
      .min(1),
    companySizes: z
      .array(
        z.object({
          slug: z.string().regex(/^\d+(-\d+|\+)$/, 'a range such as 100-500, or 1000+'),
          label,
          minEmployees: z.number().int().min(1),
          maxEmployees: z.number().int().min(1).nullable(),
          hourlyCost: money,
          implementationMultiplier: z.number().positive(),
        }),
      )
      .min(1),
    painPoints: z
      .array(
        z.object({
          slug,
          label,
          aliases,
          informs,
          processType,
          weeklyHoursPer100Employees: z.number().min(0).max(400),
        }),
      )
      .min(1),
    systems: z.array(z.object({ slug, label, aliases, category: systemCategory, informs })).min(1),
    kpis: z.array(z.object({ slug, label, aliases, informs })).min(1),
    questions: z
      .array(
        z.object({
          key: slug,
          dimension: dimensionKey,
          text: z.string().trim().min(5).max(300),
          levels: z.array(z.string().trim().min(1).max(200)).length(5),
        }),
      )
      .min(6),
    roi: z.object({
      workingWeeksPerYear: z.number().int().min(1).max(52),
      /** Hours a week per 100 employees assumed for free-text pain points. */
      defaultWeeklyHoursPer100Employees: z.number().min(0).max(400),
      /** The most weekly hours one process may count, so one answer cannot dominate. */
      maxWeeklyHoursPerProcess: z.number().positive(),
      automationShare: z.array(z.object({ processType, conservative: share, expected: share })).min(1),
      /** Benefits realised after adoption friction (1 = everything). */
      riskAdjustment: z.object({ conservative: share, expected: share }),
      implementation: z.object({
        baseCost: money,
        perProcessCost: money,
        /** Conservative plans budget this much more. */
        contingency: z.number().min(0).max(2),
        /** The service package these amounts come from (src/domain/roi/price-model.ts), if any. */
        package: z.string().trim().min(1).max(80).optional(),
      }),
      /** Yearly maintenance as a share of the implementation cost. */
      maintenanceShare: share,
    }),
    playbooks: z
      .array(
        z.object({
          key: slug,
          title: label,
          summary: z.string().trim().min(10).max(600),
          dimension: dimensionKey,
          impact: z.enum(['high', 'medium', 'low']),
          effort: z.enum(['high', 'medium', 'low']),
          timeframe: z.string().trim().min(2).max(60),
          firstStep: z.string().trim().min(5).max(300),
          painPoints: z.array(slug).default([]),
          systems: z.array(slug).default([]),
          industries: z.array(slug).default([]),
          kpis: z.array(slug).default([]),
        }),
      )
      .min(3),
  })
  .superRefine((config, ctx) => {
    const unique = (items: Array<{ [k: string]: unknown }>, key: string, path: string) => {
      const seen = new Set<unknown>();
      items.forEach((item, index) => {
        if (seen.has(item[key]))
          ctx.addIssue({
            code: 'custom',
            path: [path, index, key],
            message: `duplicate ${key} "${String(item[key])}"`,
          });
        seen.add(item[key]);
      });
    };
    unique(config.dimensions, 'key', 'dimensions');
    unique(config.industries, 'slug', 'industries');
    unique(config.companySizes, 'slug', 'companySizes');
    unique(config.painPoints, 'slug', 'painPoints');
    unique(config.systems, 'slug', 'systems');
    unique(config.kpis, 'slug', 'kpis');
    unique(config.questions, 'key', 'questions');
    unique(config.playbooks, 'key', 'playbooks');
    const refs: Array<[keyof (typeof config.playbooks)[number], Set<string>]> = [
      ['painPoints', new Set(config.painPoints.map((p) => p.slug))],
      ['systems', new Set(config.systems.map((s) => s.slug))],
      ['industries', new Set(config.industries.map((i) => i.slug))],
      ['kpis', new Set(config.kpis.map((k) => k.slug))],
    ];
    config.playbooks.forEach((playbook, index) => {
      for (const [field, known] of refs) {
        for (const ref of playbook[field] as string[]) {
          if (!known.has(ref))
            ctx.addIssue({ code: 'custom', path: ['playbooks', index, field], message: `unknown ${field} "${ref}"` });
        }
      }
    });
    for (const key of DIMENSION_KEYS) {
      if (!config.questions.some((q) => q.dimension === key)) {
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `no question for dimension "${key}"` });
      }
    }
    if (!config.tiers.some((tier) => tier.min === 0))
      ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'one tier must start at 0' });
    if (!config.roi.automationShare.some((s) => s.processType === 'general')) {
      ctx.addIssue({
        code: 'custom',
        path: ['roi', 'automationShare'],
        message: 'a "general" automation share is required',
      });
    }
  });

export type AuditConfig = z.infer<typeof auditConfigSchema>;
export type AuditConfigInput = z.input<typeof auditConfigSchema>;
export type Playbook = AuditConfig['playbooks'][number];
export type CompanySize = AuditConfig['companySizes'][number];
