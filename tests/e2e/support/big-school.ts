// A 1,000-person school for tests/e2e/planner-load.spec.ts, written in bulk as the database owner:
// people, memberships and a closed NAMED round on the default framework where everyone has submitted,
// with the benchmark college's seeded ratings (scripts/planner-fixtures).
import { randomUUID } from "node:crypto";
import { COLLEGE_MIX, COLLEGE_SEED, staff } from "../../../scripts/planner-fixtures";
import { createSchool, ownerQuery } from "../fixtures";

const uniq = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 12)}`;

export async function bigSchool() {
  const school = await createSchool({ name: "E2E College of a Thousand" });
  const [version] = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  if (!version) throw new Error("The seed has not run: no default framework.");
  const inFramework = new Set(
    (
      await ownerQuery<{ code: string }>(
        `SELECT code FROM "Competency" WHERE "versionId" = $1 AND NOT retired`,
        [version.id],
      )
    ).map((c) => c.code),
  );
  const people = staff(COLLEGE_MIX, COLLEGE_SEED).map((p) => ({
    ...p,
    personId: uniq(),
    responseId: uniq(),
  }));
  await ownerQuery(
    `INSERT INTO "Person" (id, email, name, "passwordHash")
     SELECT id, id || '@e2e.example', 'Staff ' || n, 'not-a-hash' FROM unnest($1::text[]) WITH ORDINALITY AS t(id, n)`,
    [people.map((p) => p.personId)],
  );
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt")
     SELECT 'm' || id, id, $2, 'STAFF', role::"JobRole", now() FROM unnest($1::text[], $3::text[]) AS t(id, role)`,
    [people.map((p) => p.personId), school.id, people.map((p) => p.jobRole)],
  );
  const roundId = uniq();
  await ownerQuery(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, 'Whole college, autumn', now() - interval '30 days', now() - interval '1 day', $3, 'ALL_STAFF', '{}', 'NAMED', $4)`,
    [roundId, school.id, version.id, school.lead.id],
  );
  await ownerQuery(
    `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
     SELECT id, $2, $3, person, $4, role::"JobRole", tier, now() FROM unnest($1::text[], $5::text[], $6::text[], $7::int[]) AS t(id, person, role, tier)`,
    [
      people.map((p) => p.responseId),
      roundId,
      school.id,
      version.id,
      people.map((p) => p.personId),
      people.map((p) => p.jobRole),
      people.map((p) => p.requiredTier),
    ],
  );
  const answers = people.flatMap((p) =>
    Object.entries(p.ratings)
      .filter(([code]) => inFramework.has(code))
      .map(([code, rating]) => ({ responseId: p.responseId, code, rating, tier: p.requiredTier })),
  );
  const tierOf = new Map(
    (
      await ownerQuery<{ code: string; tier: number }>(
        `SELECT code, tier FROM "Competency" WHERE "versionId" = $1`,
        [version.id],
      )
    ).map((c) => [c.code, c.tier]),
  );
  const inScope = answers.filter((a) => (tierOf.get(a.code) ?? 9) <= a.tier);
  await ownerQuery(
    `INSERT INTO "Answer" (id, "responseId", "schoolId", "competencyCode", rating, "updatedAt")
     SELECT 'a' || md5(r || c), r, $1, c, v, now() FROM unnest($2::text[], $3::text[], $4::int[]) AS t(r, c, v)`,
    [school.id, inScope.map((a) => a.responseId), inScope.map((a) => a.code), inScope.map((a) => a.rating)],
  );
  // Answers are read-only once submitted (a trigger), so submit last.
  await ownerQuery(`UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = now() WHERE "roundId" = $1`, [
    roundId,
  ]);
  return { ...school, roundId, people: people.length };
}
