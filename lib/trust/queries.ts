import "server-only";
import { withScope } from "../db/scope";
import { notFound } from "../errors";
import type { SchoolPhase } from "../generated/prisma/enums";
import { scopeOf, type TrustContext } from "../tenancy/context";

export type TrustSchoolRow = {
  id: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  staffCount: number;
  hasLead: boolean;
  hasHead: boolean;
};

/** The trust's schools side by side: counts only, never individuals. */
export async function trustSchools(ctx: TrustContext): Promise<TrustSchoolRow[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    // The largest trusts run a few hundred schools.
    const schools = await tx.school.findMany({
      where: { trustId: ctx.trustId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
    });
    const counts = await tx.membership.groupBy({
      by: ["schoolId", "role"],
      where: { schoolId: { in: schools.map((s) => s.id) } },
      _count: { _all: true },
    });
    const count = (schoolId: string, role?: string) =>
      counts
        .filter((c) => c.schoolId === schoolId && (!role || c.role === role))
        .reduce((sum, c) => sum + c._count._all, 0);
    return schools.map((s) => ({
      id: s.id,
      name: s.name,
      urn: s.urn,
      phase: s.phase,
      staffCount: count(s.id),
      hasLead: count(s.id, "LEAD") > 0,
      hasHead: count(s.id, "HEAD") > 0,
    }));
  });
}

/** A school of this trust, or not found: the id comes from the client, so it is checked against the trust. */
export async function trustSchool(ctx: TrustContext, schoolId: string) {
  const school = await withScope(scopeOf(ctx), (tx) =>
    tx.school.findFirst({ where: { id: schoolId, trustId: ctx.trustId }, select: { id: true, name: true } }),
  );
  if (!school) throw notFound();
  return school;
}
