// Fresh state for each call in the lead's part of the authorisation matrix: every case that should
// succeed must have something real to act on (a round still open, a competency not yet retired),
// whichever role ran before it. Set-up goes through the data layer as the tenant's own leader.
import { frameworkToCsv } from "@/lib/framework/import-export";
import { addCompetency, adoptFramework, getFramework, retireCompetency } from "@/lib/framework/queries";
import type { FrameworkContext } from "@/lib/framework/store";
import { londonDay, londonDayAfter } from "@/lib/rounds/dates";
import type { SchoolContext, TrustContext } from "@/lib/tenancy/context";
import { JOB_ROLE_KEYS, JOB_ROLES } from "@/lib/tiers";
import { openTestRound, schoolCtx } from "./assessment-fixtures";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./fixtures";

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

/** A valid "open a round" form, as the browser sends it. */
export function openRoundForm() {
  const now = new Date();
  return {
    title: `Matrix round ${unique()}`,
    opensOn: londonDay(now),
    closesOn: londonDayAfter(now, 7),
    mode: "NAMED",
    audience: "ALL_STAFF",
    jobRoles: [],
  };
}

export const freshRound = (lead: SchoolContext) => openTestRound(lead);

export const laterClosingDay = () => londonDayAfter(new Date(), 30 + (n++ % 300));

/** A new teacher and an open round, and a CSV rating every competency in scope for them. */
export async function importableRound(lead: SchoolContext) {
  const teacher = await makeMember(lead.schoolId, "STAFF", "TEACHER");
  const { email } = await ownerDb().person.findUniqueOrThrow({ where: { id: teacher.id } });
  const round = await freshRound(lead);
  const { content } = await getFramework(lead);
  const rows = content.competencies
    .filter((c) => c.tier === 1 && !c.retired)
    .map((c) => `${email},${c.code},3`);
  return { roundId: round.id, csv: ["email,competency_code,rating", ...rows].join("\n") };
}

/** The add-competency form with a statement never used before. */
export const newCompetencyForm = () => ({
  domainCode: "D1",
  tier: 1,
  statement: `A local competency written for the matrix test ${unique()}.`,
  guidance: "",
  code: "",
});

export const rewordForm = () => ({
  code: "C1.02",
  statement: `I can describe how the matrix test rewords a statement ${unique()}.`,
  guidance: "",
});

/** A competency in use, to be retired. */
export async function retirable(ctx: FrameworkContext) {
  const v = await addCompetency(ctx, {
    domainCode: "D1",
    tier: 1,
    statement: `To be retired by the matrix ${unique()}.`,
  });
  return { code: v.changes.find((c) => c.kind === "added")!.code };
}

/** A retired competency, to be reinstated. */
export async function reinstatable(ctx: FrameworkContext) {
  const { code } = await retirable(ctx);
  await retireCompetency(ctx, code);
  return { code };
}

/** The framework in force as CSV, with one new competency: importing it makes one change. */
export async function importableCsv(ctx: FrameworkContext) {
  const { content } = await getFramework(ctx);
  const d1 = content.domains.find((d) => d.code === "D1")!;
  const row = `D1,"${d1.name}",M${unique()},1,Imported by the matrix test as a new statement.,`;
  return { format: "csv", text: `${frameworkToCsv(content)}\n${row}` };
}

/** The job roles form with one role off its default. */
export const tiersForm = () => ({
  tiers: { ...Object.fromEntries(JOB_ROLE_KEYS.map((j) => [j, JOB_ROLES[j].defaultTier])), ELSA: 3 },
});

/**
 * A trust with a school (staff, lead, head), its trust leader, and another trust with its own
 * school; both schools have adopted the default framework and have an open round.
 */
export async function makeWorld() {
  const [t, ot] = [await makeTrust(), await makeTrust()];
  const school = await makeSchool({ trustId: t.id });
  const other = await makeSchool({ trustId: ot.id });
  const people = {
    STAFF: await makeMember(school.id, "STAFF"),
    LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
    HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
    TRUST_LEADER: await makeTrustLeader(t.id),
  };
  const lead = schoolCtx(people.LEAD.id, school, "LEAD");
  const otherLead = schoolCtx((await makeMember(other.id, "LEAD", "SENIOR_MH_LEAD")).id, other, "LEAD");
  await adoptFramework(lead);
  await adoptFramework(otherLead);
  const trustLeader: TrustContext = {
    kind: "trust",
    personId: people.TRUST_LEADER.id,
    trustId: t.id,
    trustName: t.name,
    role: "TRUST_LEADER",
  };
  return {
    trustId: t.id,
    otherTrustId: ot.id,
    schoolId: school.id,
    otherSchoolId: other.id,
    people,
    lead,
    trustLeader,
    roundId: (await openTestRound(lead)).id,
    otherRoundId: (await openTestRound(otherLead)).id,
  };
}
