import "server-only";
// Who a round asks, read inside the caller's transaction. Membership is read live, so someone who
// joins the school while a round is open is asked too.
import type { Tx } from "../db/scope";
import type { JobRole } from "../generated/prisma/enums";
import { requiredTier, type Tier } from "../tiers";
import { isAsked, type Audience } from "./rules";

export type AskedPerson = {
  personId: string;
  name: string;
  email: string;
  jobRole: JobRole;
  requiredTier: Tier;
};

/** The school's own required tiers; roles without a row keep DESIGN.md's defaults. */
export async function loadTierOverrides(tx: Tx, schoolId: string): Promise<Partial<Record<JobRole, Tier>>> {
  const rows = await tx.jobRoleTier.findMany({ where: { schoolId } });
  return Object.fromEntries(rows.map((r) => [r.jobRole, r.requiredTier as Tier]));
}

export async function loadAskedPeople(
  tx: Tx,
  round: Audience & { schoolId: string },
  personId?: string,
): Promise<AskedPerson[]> {
  // One after the other: a transaction is one connection.
  const members = await tx.membership.findMany({
    where: { schoolId: round.schoolId, jobRole: { not: null }, ...(personId ? { personId } : {}) },
    include: { person: { select: { name: true, email: true } } },
    orderBy: { person: { name: "asc" } },
  });
  const overrides = await loadTierOverrides(tx, round.schoolId);
  return members
    .filter((m) => m.jobRole !== null && isAsked(round, m.jobRole))
    .map((m) => ({
      personId: m.personId,
      name: m.person.name,
      email: m.person.email,
      jobRole: m.jobRole!,
      requiredTier: requiredTier(m.jobRole!, overrides),
    }));
}

/** The person, if the round asks them. */
export async function askedPerson(tx: Tx, round: Audience & { schoolId: string }, personId: string) {
  const [person] = await loadAskedPeople(tx, round, personId);
  return person ?? null;
}
