// The rollups the trust views read (migration 20261204150000, decision 0031) equal a fresh
// computation from the raw ratings (lib/gaps, as the school's own gap report computes it), after
// random sequences of submits through the real assessment path, removals from the school, job-role
// tier changes, framework changes and a second round on the new framework version.
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saveAnswers, startOrResume, submitResponse } from "@/lib/assessment/queries";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { addCompetency, adoptFramework } from "@/lib/framework/queries";
import { analyseGaps } from "@/lib/gaps/analysis";
import { loadRoundGapData } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { removeMembership } from "@/lib/people/queries";
import { scopeOf, type SchoolContext } from "@/lib/tenancy/context";
import { JOB_ROLE_KEYS, JOB_ROLES, type Tier } from "@/lib/tiers";
import { saveJobRoleTiers } from "@/lib/tiers/queries";
import { openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

const ROLES: JobRole[] = ["TEACHER", "TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "ELSA", "SENCO", "DSL"];
const RUNS = Number(process.env.ROLLUP_RUNS ?? 15);
let submitted = 0;

type Command =
  | { kind: "submit"; person: number; round: number; seed: number }
  | { kind: "remove"; person: number }
  | { kind: "tier"; jobRole: JobRole; tier: Tier }
  | { kind: "framework" }
  | { kind: "secondRound" };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("submit" as const),
      person: fc.nat(ROLES.length - 1),
      round: fc.nat(1),
      seed: fc.nat(1000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("remove" as const), person: fc.nat(ROLES.length - 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("tier" as const),
      jobRole: fc.constantFrom<JobRole>("TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "ELSA"),
      tier: fc.constantFrom<Tier>(1, 2, 3),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "framework" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "secondRound" as const }) },
);

const rating = (seed: number, i: number) => (seed * 7 + i * 3 + ((seed * i) % 5)) % 5;

async function submit(ctx: SchoolContext, roundId: string, seed: number) {
  try {
    const view = await startOrResume(ctx, roundId);
    if (view.status === "SUBMITTED") return;
    const codes = view.steps.flatMap((s) => (s.kind === "domain" ? s.competencies.map((c) => c.code) : []));
    await saveAnswers(ctx, {
      roundId,
      frameworkVersionId: view.frameworkVersionId,
      answers: codes.map((competencyCode, i) => ({ competencyCode, rating: rating(seed, i) })),
    });
    await submitResponse(ctx, {
      roundId,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: `key-${seed}-xx`,
    });
    submitted += 1;
  } catch (error) {
    // Removed people are no longer asked: the app refuses them, and so nothing changes.
    if (!(error instanceof UserError)) throw error;
  }
}

/** What the rollups hold, and what a fresh computation from the raw ratings gives. */
async function compare(lead: SchoolContext, roundId: string) {
  const data = await withScope(scopeOf(lead), (tx) => loadRoundGapData(tx, lead, roundId));
  const fresh = analyseGaps({
    competencies: data.competencies,
    respondents: data.respondents,
    targets: data.targets,
  });
  const db = ownerDb();
  const competencyRows = await db.roundCompetencyRollup.findMany({ where: { roundId } });
  const tierRows = await db.roundTierRollup.findMany({ where: { roundId } });
  const summary = await db.roundSummary.findUnique({ where: { roundId } });
  const rolled = Object.fromEntries(
    competencyRows
      .filter((r) => r.inScope !== 0 || r.withGap !== 0 || r.sumGap !== 0)
      .map((r) => [
        r.competencyCode,
        { inScope: r.inScope, withGap: r.withGap, totalGap: r.sumGap, tier: r.tier },
      ]),
  );
  const expected = Object.fromEntries(
    fresh.competencies
      .filter((c) => c.inScope > 0)
      .map((c) => [c.code, { inScope: c.inScope, withGap: c.withGap, totalGap: c.totalGap, tier: c.tier }]),
  );
  expect(rolled).toEqual(expected);
  const tiers = ([1, 2, 3] as Tier[]).map((t) => {
    const row = tierRows.find((r) => r.tier === t);
    return {
      tier: t,
      submitted: row?.submitted ?? 0,
      people: row?.coveragePeople ?? 0,
      covered: row?.coverageCovered ?? 0,
    };
  });
  expect(tiers).toEqual(
    fresh.tierCoverage.map((c) => ({
      tier: c.tier,
      submitted: data.respondents.filter((r) => r.requiredTier === c.tier).length,
      people: c.people,
      covered: c.covered,
    })),
  );
  expect(summary).toMatchObject({
    asked: data.participants.length,
    submitted: data.participants.filter((p) => p.state === "SUBMITTED").length,
  });
}

describe("trust rollups", () => {
  it(`equal a fresh computation after random submits, removals, tier and framework changes (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 3, maxLength: 12 }), async (commands) => {
        const { lead, staff } = await schoolWithStaff(ROLES);
        await adoptFramework(lead);
        const rounds = [(await openTestRound(lead, { mode: "CONFIDENTIAL" })).id];
        const removed = new Set<number>();
        const tiers = Object.fromEntries(JOB_ROLE_KEYS.map((j) => [j, JOB_ROLES[j].defaultTier])) as Record<
          JobRole,
          Tier
        >;
        for (const c of commands) {
          if (c.kind === "submit")
            await submit(staff[c.person]!.ctx, rounds[Math.min(c.round, rounds.length - 1)]!, c.seed);
          else if (c.kind === "remove" && !removed.has(c.person)) {
            const m = await ownerDb().membership.findFirstOrThrow({
              where: { personId: staff[c.person]!.id, schoolId: lead.schoolId },
            });
            await removeMembership(lead, { membershipId: m.id });
            removed.add(c.person);
          } else if (c.kind === "tier") {
            tiers[c.jobRole] = c.tier;
            await saveJobRoleTiers(lead, tiers);
          } else if (c.kind === "framework") {
            await addCompetency(lead, {
              domainCode: "D1",
              tier: 1,
              statement: `A statement added mid-round ${Math.random()}.`,
            });
          } else if (c.kind === "secondRound" && rounds.length === 1) {
            rounds.push((await openTestRound(lead, { mode: "NAMED", title: "Second round" })).id);
          }
        }
        for (const roundId of rounds) await compare(lead, roundId);
      }),
      { numRuns: RUNS, seed: 20261204, endOnFailure: true },
    );
    // The sequences did submit (a refusal of every submit would make the comparison empty).
    expect(submitted).toBeGreaterThan(RUNS);
  }, 300_000);

  it("take a submitted response's counts away again when the response is deleted", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "FORM_TUTOR"]);
    await adoptFramework(lead);
    const round = await openTestRound(lead);
    await submit(staff[0]!.ctx, round.id, 3);
    await submit(staff[1]!.ctx, round.id, 4);
    await compare(lead, round.id);
    await ownerDb().response.deleteMany({ where: { roundId: round.id, personId: staff[1]!.id } });
    await compare(lead, round.id);
    const tiers = await ownerDb().roundTierRollup.findMany({
      where: { roundId: round.id },
      orderBy: { tier: "asc" },
    });
    expect(tiers.map((t) => t.submitted)).toEqual([1, 0, 0]);
  });

  it("are rebuilt from existing responses by the migration's backfill, exactly as the triggers kept them", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "FORM_TUTOR", "SENCO"]);
    await adoptFramework(lead);
    const round = await openTestRound(lead);
    for (const [i, s] of staff.entries()) await submit(s.ctx, round.id, i + 5);
    const db = ownerDb();
    // Rows left at zero by a deleted response (the test above) are the same as no row.
    const snapshot = async () => ({
      competencies: (
        await db.roundCompetencyRollup.findMany({ orderBy: [{ roundId: "asc" }, { competencyCode: "asc" }] })
      ).filter((r) => r.inScope !== 0),
      tiers: (await db.roundTierRollup.findMany({ orderBy: [{ roundId: "asc" }, { tier: "asc" }] })).filter(
        (r) => r.submitted !== 0 || r.coveragePeople !== 0,
      ),
      summaries: await db.roundSummary.findMany({ orderBy: { roundId: "asc" } }),
    });
    const before = await snapshot();
    expect(before.competencies.length).toBeGreaterThan(0);
    const sql = fs.readFileSync("prisma/migrations/20261204150000_trust_rollups/migration.sql", "utf8");
    const backfill = sql.slice(sql.indexOf("DO $$"));
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "RoundCompetencyRollup"`);
      await tx.$executeRawUnsafe(`DELETE FROM "RoundTierRollup"`);
      await tx.$executeRawUnsafe(`DELETE FROM "RoundSummary"`);
      await tx.$executeRawUnsafe(backfill);
    });
    expect(await snapshot()).toEqual(before);
  });
});
