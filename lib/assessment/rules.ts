// The self-assessment as plain rules: what is in scope, the steps, what submitting needs, the
// person's own results, and the schemas for each save. Pure: no database, no clock.
import { z } from "zod";
import { plainText } from "../text";
import type { CompetencyContent, DomainContent, VersionContent } from "../framework/versioning";
import type { RoundMode } from "../generated/prisma/enums";
import { inScope, TIERS, type Tier } from "../tiers";
import { BARRIERS, FORMATS } from "./choices";

export { BARRIER_LABELS, BARRIERS, FORMAT_LABELS, FORMATS, WELLBEING_QUESTIONS } from "./choices";

/** In scope: not retired, and its tier at most the person's required tier (DESIGN.md). */
export function inScopeCompetencies(
  competencies: CompetencyContent[],
  requiredTier: Tier,
): CompetencyContent[] {
  return competencies.filter((c) => !c.retired && inScope(c.tier, requiredTier));
}

/** The target for a competency of `tier`: the framework's, which is 3 unless it sets another. */
export function targetFor(tier: Tier, targets?: Partial<Record<Tier, number>>): number {
  return targets?.[tier] ?? 3;
}

/** DESIGN.md: gap = max(0, target - rating). */
export function gapFor(target: number, rating: number): number {
  return Math.max(0, target - rating);
}

export type Step =
  { kind: "domain"; domain: DomainContent; competencies: CompetencyContent[] } | { kind: "training" };

/** One step per domain that has anything in scope, in framework order, then "about your training". */
export function buildSteps(
  content: Pick<VersionContent, "domains" | "competencies">,
  requiredTier: Tier,
): Step[] {
  const scoped = inScopeCompetencies(content.competencies, requiredTier);
  const steps: Step[] = [];
  for (const domain of content.domains) {
    const competencies = scoped.filter((c) => c.domainCode === domain.code);
    if (competencies.length > 0) steps.push({ kind: "domain", domain, competencies });
  }
  steps.push({ kind: "training" });
  return steps;
}

/** In-scope codes without an answer, in framework order: submitting needs this to be empty. */
export function missingAnswers(scoped: CompetencyContent[], answered: ReadonlySet<string>): string[] {
  return scoped.filter((c) => !answered.has(c.code)).map((c) => c.code);
}

export type DomainResult = {
  code: string;
  name: string;
  average: number | null;
  answered: number;
  withGap: number;
};
export type GapResult = {
  code: string;
  domainCode: string;
  tier: Tier;
  statement: string;
  rating: number;
  target: number;
  gap: number;
};
export type OwnResults = {
  domains: DomainResult[];
  /** Only competencies with a gap, largest first. */
  gaps: GapResult[];
  /** Meets their tier: no gap on any in-scope competency. */
  meetsTier: boolean;
  meetsByTier: Partial<Record<Tier, boolean>>;
  inScope: number;
};

/** A respondent's own results: shown only to them, so nothing here is withheld. */
export function ownResults(
  content: VersionContent,
  requiredTier: Tier,
  ratings: ReadonlyMap<string, number>,
): OwnResults {
  const scoped = inScopeCompetencies(content.competencies, requiredTier);
  const rows = scoped.map((c) => {
    const rating = ratings.get(c.code) ?? 0;
    const target = targetFor(c.tier, content.targets);
    return {
      code: c.code,
      domainCode: c.domainCode,
      tier: c.tier,
      statement: c.statement,
      rating,
      target,
      gap: gapFor(target, rating),
      answered: ratings.has(c.code),
    };
  });
  const domains = content.domains
    .map((d) => {
      const mine = rows.filter((r) => r.domainCode === d.code && r.answered);
      const sum = mine.reduce((s, r) => s + r.rating, 0);
      return {
        code: d.code,
        name: d.name,
        average: mine.length ? sum / mine.length : null,
        answered: mine.length,
        withGap: mine.filter((r) => r.gap > 0).length,
      };
    })
    .filter((d) => rows.some((r) => r.domainCode === d.code));
  const meetsByTier: Partial<Record<Tier, boolean>> = {};
  for (const t of TIERS)
    if (t <= requiredTier) meetsByTier[t] = rows.filter((r) => r.tier === t).every((r) => r.gap === 0);
  const gaps = rows
    .filter((r) => r.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code))
    .map((r) => ({
      code: r.code,
      domainCode: r.domainCode,
      tier: r.tier,
      statement: r.statement,
      rating: r.rating,
      target: r.target,
      gap: r.gap,
    }));
  return { domains, gaps, meetsTier: gaps.length === 0, meetsByTier, inScope: scoped.length };
}

const id = z.string().trim().min(1).max(100);
export const ratingSchema = z
  .number("Choose a rating from 0 (Not yet) to 4 (Leading).")
  .int("Choose a rating from 0 (Not yet) to 4 (Leading).")
  .min(0, "Choose a rating from 0 (Not yet) to 4 (Leading).")
  .max(4, "Choose a rating from 0 (Not yet) to 4 (Leading).");

export const answerSchema = z.object({
  competencyCode: z.string().trim().min(1).max(20),
  rating: ratingSchema,
  comment: plainText(z.string().trim().max(2000, "Keep comments under 2,000 characters.")).optional(),
});

/** A batch of answers from autosave (or an offline draft coming back), with the step reached. */
export const saveAnswersSchema = z.object({
  roundId: id,
  /** The version the page was built from: a mismatch means the page is stale. */
  frameworkVersionId: id,
  answers: z
    .array(answerSchema)
    .max(100)
    .refine(
      (a) => new Set(a.map((x) => x.competencyCode)).size === a.length,
      "Each competency may appear only once.",
    ),
  currentStep: z.number().int().min(0).max(100).optional(),
});

const agreement = z.number().int().min(1, "Choose from 1 to 5.").max(5, "Choose from 1 to 5.");
/** Optional, CONFIDENTIAL rounds only, reported only in aggregate: 1 strongly disagree .. 5 strongly agree. */
export const wellbeingSchema = z
  .object({
    manageableWorkload: agreement.optional(),
    feelSupported: agreement.optional(),
    knowWhereToGetHelp: agreement.optional(),
  })
  .strict();

export const trainingSchema = z
  .object({
    roundId: id,
    frameworkVersionId: id,
    barriers: z.array(z.enum(BARRIERS)).max(BARRIERS.length).default([]),
    barrierOther: plainText(z.string().trim().max(500, "Keep this under 500 characters.")).optional(),
    preferredFormats: z.array(z.enum(FORMATS)).max(FORMATS.length).default([]),
    overallConfidence: z
      .number()
      .int()
      .min(1, "Choose from 1 to 5.")
      .max(5, "Choose from 1 to 5.")
      .optional(),
    wellbeing: wellbeingSchema.optional(),
    currentStep: z.number().int().min(0).max(100).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.barriers.includes("OTHER") && !t.barrierOther) {
      ctx.addIssue({ code: "custom", path: ["barrierOther"], message: "Tell us what the other barrier is." });
    }
  })
  .transform((t) => ({
    ...t,
    barriers: [...new Set(t.barriers)],
    preferredFormats: [...new Set(t.preferredFormats)],
    barrierOther: t.barriers.includes("OTHER") ? t.barrierOther : undefined,
  }));

/** Nothing about a person's own health is asked in a NAMED round. */
export function wellbeingProblem(mode: RoundMode, wellbeing: unknown): string | null {
  return mode === "NAMED" && wellbeing !== undefined && wellbeing !== null
    ? "Wellbeing questions are only asked in confidential rounds."
    : null;
}

export const submitSchema = z.object({
  roundId: id,
  frameworkVersionId: id,
  /** Made once by the page (e.g. crypto.randomUUID()) and reused on every retry of the same submit. */
  submitKey: z.string().trim().min(8).max(100),
});
