// Schools with a round of submitted self-assessments (written as the owner, with chosen ratings) and
// Harbour's starter catalogue, for the gap-analysis and plan tests.
import { ensureStarterCatalogue } from "@/lib/catalogue/write";
import { adoptFramework, getFramework } from "@/lib/framework/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import type { OpenRoundInput } from "@/lib/rounds/rules";
import { requiredTier, type Tier } from "@/lib/tiers";
import { DAY, openTestRound, schoolWithStaff } from "./assessment-fixtures";
import { ownerDb } from "./fixtures";

export async function ensureCatalogue() {
  await ownerDb().$transaction((tx) => ensureStarterCatalogue(tx), { timeout: 60_000 });
}

/** A deterministic rating 0..4 for (person index, competency index): varied, so gaps differ. */
export const ratingFor = (p: number, c: number) => (p * 7 + c * 3 + ((p * c) % 5)) % 5;

export type Rated = {
  personId: string;
  jobRole: JobRole;
  requiredTier: Tier;
  ratings: Record<string, number>;
};

/** Submitted responses for `people` in `round`, each rating every competency in scope for them. */
export async function submitRated(
  round: { id: string; frameworkVersionId: string },
  schoolId: string,
  people: { id: string; jobRole: JobRole }[],
  competencies: { code: string; tier: Tier }[],
  rating: (p: number, c: number) => number = ratingFor,
): Promise<Rated[]> {
  const out: Rated[] = [];
  for (const [p, person] of people.entries()) {
    const tier = requiredTier(person.jobRole);
    const ratings: Record<string, number> = {};
    competencies.forEach((c, i) => {
      if (c.tier <= tier) ratings[c.code] = rating(p, i);
    });
    // Answers are read-only once a response is submitted (a trigger): write them, then submit.
    const created = await ownerDb().response.create({
      data: {
        roundId: round.id,
        schoolId,
        personId: person.id,
        frameworkVersionId: round.frameworkVersionId,
        jobRole: person.jobRole,
        requiredTier: tier,
        answers: {
          create: Object.entries(ratings).map(([competencyCode, r]) => ({
            schoolId,
            competencyCode,
            rating: r,
          })),
        },
      },
    });
    await ownerDb().response.update({
      where: { id: created.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    out.push({ personId: person.id, jobRole: person.jobRole, requiredTier: tier, ratings });
  }
  return out;
}

/** A school that has adopted the default framework, with staff and an open round. */
export async function schoolWithRound(jobRoles: JobRole[], round: Partial<OpenRoundInput> = {}) {
  const world = await schoolWithStaff(jobRoles);
  await adoptFramework(world.lead);
  const { content } = await getFramework(world.lead);
  const competencies = content.competencies
    .filter((c) => !c.retired)
    .map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier }));
  const opened = await openTestRound(world.lead, round);
  return { ...world, round: opened, competencies, targets: content.targets };
}

/** Closes a round as of yesterday (owner write), so a later round can compare with it. */
export async function closeYesterday(roundId: string) {
  await ownerDb().round.update({ where: { id: roundId }, data: { closedAt: new Date(Date.now() - DAY) } });
}
