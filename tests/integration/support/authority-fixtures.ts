// Local authorities, schools in their areas with a closed confidential round, and their leaders
// (decision 0037). Written as the owner, as an operator or the seed would.
import { adoptFramework, getFramework } from "@/lib/framework/queries";
import type { JobRole, SchoolPhase } from "@/lib/generated/prisma/enums";
import type { TrustContext } from "@/lib/tenancy/context";
import { openTestRound, schoolCtx, schoolWithStaff } from "./assessment-fixtures";
import { makeMember, makeTrustLeader, ownerDb } from "./fixtures";
import { closeYesterday, submitRated } from "./plan-fixtures";

let code = 100 + Math.floor(Math.random() * 800);

// 8 Core staff, 5 Enhanced, 1 Specialist: bands "Core" and "Enhanced and Specialist".
export const AREA_ROLES: JobRole[] = [
  ...Array<JobRole>(8).fill("TEACHER"),
  ...Array<JobRole>(5).fill("FORM_TUTOR"),
  "SENCO",
];

export function trustCtx(personId: string, trust: { id: string; name: string }): TrustContext {
  return { kind: "trust", personId, trustId: trust.id, trustName: trust.name, role: "TRUST_LEADER" };
}

/** A local authority with a leader (a local-authority user). */
export async function makeAuthority() {
  const laCode = `L${code++}-${Math.floor(Math.random() * 1e6)}`;
  const trust = await ownerDb().trust.create({
    data: { name: `Authority ${laCode}`, kind: "LOCAL_AUTHORITY", registerCode: laCode },
  });
  const leader = await makeTrustLeader(trust.id);
  return { trust, laCode, leader, ctx: trustCtx(leader.id, trust) };
}

/** A school in the authority's area with a closed confidential round rated by its staff. */
export async function schoolInArea(
  laCode: string | null,
  opts: {
    phase?: SchoolPhase;
    district?: string | null;
    seed?: number;
    roles?: JobRole[];
    trustId?: string;
  } = {},
) {
  const w = await schoolWithStaff(opts.roles ?? AREA_ROLES, { trustId: opts.trustId });
  await ownerDb().school.update({
    where: { id: w.school.id },
    data: { laCode, laName: laCode ? `Area ${laCode}` : null, phase: opts.phase ?? "PRIMARY" },
  });
  await ownerDb().registerSchool.upsert({
    where: { urn: w.school.urn },
    create: {
      urn: w.school.urn,
      name: w.school.name,
      typeName: "Community school",
      phaseName: "Primary",
      statusName: "Open",
      laCode: laCode ?? "000",
      laName: "Area",
      district: opts.district === undefined ? "North" : opts.district,
      importedAt: new Date(),
    },
    update: { district: opts.district === undefined ? "North" : opts.district },
  });
  await adoptFramework(w.lead);
  const { content } = await getFramework(w.lead);
  const competencies = content.competencies
    .filter((c) => !c.retired)
    .map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier }));
  const round = await openTestRound(w.lead, { mode: "CONFIDENTIAL", title: "Autumn round" });
  const seed = opts.seed ?? 2;
  await submitRated(round, w.school.id, w.staff, competencies, (p, c) => (p * seed + c * 3) % 5);
  await closeYesterday(round.id);
  const head = await makeMember(w.school.id, "HEAD", "SENIOR_LEADER");
  return { ...w, round, competencies, head: schoolCtx(head.id, w.school, "HEAD") };
}
