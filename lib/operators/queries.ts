import "server-only";
// What an operator sees: the register, the trusts, authorities and schools (public registers), the
// leaders they appointed (their own invitations), the other operators. No school's people or answers.
import { withScope } from "../db/scope";
import type { MembershipRole, SchoolPhase, TrustKind } from "../generated/prisma/enums";
import type { OperatorContext } from "../tenancy/context";

export type Appointment = {
  email: string;
  role: MembershipRole;
  state: "accepted" | "waiting" | "expired";
};

export type OrganisationRow = {
  id: string;
  name: string;
  kind: TrustKind;
  registerCode: string | null;
  schools: number;
  isDemo: boolean;
  appointments: Appointment[];
};

export type SchoolRow = {
  id: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  laName: string | null;
  trustName: string | null;
  isDemo: boolean;
  appointments: Appointment[];
};

const PAGE = 200;

export async function operatorOverview(ctx: OperatorContext, now = new Date()) {
  return withScope({ personId: ctx.personId }, async (tx) => {
    const [trusts, schools, invitations, operators, register] = await Promise.all([
      tx.trust.findMany({
        orderBy: { name: "asc" },
        take: PAGE,
        select: {
          id: true,
          name: true,
          kind: true,
          registerCode: true,
          isDemo: true,
          _count: { select: { schools: true } },
        },
      }),
      tx.school.findMany({
        orderBy: { name: "asc" },
        take: PAGE,
        select: {
          id: true,
          name: true,
          urn: true,
          phase: true,
          laName: true,
          isDemo: true,
          trust: { select: { name: true } },
        },
      }),
      // Row-level security returns only the invitations this operator sent.
      tx.invitation.findMany({
        where: { invitedById: ctx.personId },
        orderBy: { createdAt: "desc" },
        take: 1000,
        select: { schoolId: true, trustId: true, email: true, role: true, acceptedAt: true, expiresAt: true },
      }),
      tx.operator.findMany({
        orderBy: { createdAt: "asc" },
        select: { person: { select: { name: true, email: true } }, createdAt: true },
      }),
      tx.registerSchool.aggregate({ _count: true, _max: { importedAt: true } }),
    ]);
    const appointed = (where: (i: (typeof invitations)[number]) => boolean): Appointment[] =>
      invitations.filter(where).map((i) => ({
        email: i.email,
        role: i.role,
        state: i.acceptedAt ? "accepted" : i.expiresAt > now ? "waiting" : "expired",
      }));
    return {
      register: { count: register._count, importedAt: register._max.importedAt },
      operators: operators.map((o) => ({ ...o.person, since: o.createdAt })),
      organisations: trusts.map((t): OrganisationRow => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        registerCode: t.registerCode,
        schools: t._count.schools,
        isDemo: t.isDemo,
        appointments: appointed((i) => i.trustId === t.id),
      })),
      schools: schools.map((s): SchoolRow => ({
        id: s.id,
        name: s.name,
        urn: s.urn,
        phase: s.phase,
        laName: s.laName,
        trustName: s.trust?.name ?? null,
        isDemo: s.isDemo,
        appointments: appointed((i) => i.schoolId === s.id),
      })),
    };
  });
}
