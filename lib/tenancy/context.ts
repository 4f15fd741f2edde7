import "server-only";
import { withScope } from "../db/scope";
import type { MembershipRole } from "../generated/prisma/enums";
import { unstorable } from "../text";

/** Who is acting, in which school, as what: always re-read from the database, never trusted from the client. */
export type SchoolContext = {
  kind: "school";
  personId: string;
  schoolId: string;
  schoolName: string;
  role: MembershipRole;
  /** Always null for now: trust leaders act through a TrustContext and see no school's individuals. */
  trustId: string | null;
};

export type TrustContext = {
  kind: "trust";
  personId: string;
  trustId: string;
  trustName: string;
  role: "TRUST_LEADER";
};

export type TenantContext = SchoolContext | TrustContext;

/** The person who runs this Harbour server; row-level security gives them no school's data. */
export type OperatorContext = { kind: "operator"; personId: string; role: "OPERATOR" };

export async function loadOperatorContext(personId: string): Promise<OperatorContext | null> {
  const row = await withScope({ personId }, (tx) => tx.operator.findUnique({ where: { personId } }));
  return row ? { kind: "operator", personId, role: "OPERATOR" } : null;
}

/** A tenant id from a URL that could name a row: a string the database can be asked about. */
const askable = (id: unknown): id is string =>
  typeof id === "string" && id.length <= 100 && unstorable(id) === null;

export async function loadSchoolContext(personId: string, schoolId: string): Promise<SchoolContext | null> {
  if (!askable(schoolId)) return null;
  return withScope({ personId }, async (tx) => {
    const own = await tx.membership.findUnique({
      where: { personId_schoolId: { personId, schoolId } },
      include: { school: { select: { name: true } } },
    });
    return own?.school
      ? { kind: "school", personId, schoolId, schoolName: own.school.name, role: own.role, trustId: null }
      : null;
  });
}

export async function loadTrustContext(personId: string, trustId: string): Promise<TrustContext | null> {
  if (!askable(trustId)) return null;
  return withScope({ personId }, async (tx) => {
    const m = await tx.membership.findUnique({
      where: { personId_trustId: { personId, trustId } },
      include: { trust: { select: { name: true } } },
    });
    return m?.trust
      ? { kind: "trust", personId, trustId, trustName: m.trust.name, role: "TRUST_LEADER" }
      : null;
  });
}

/** The scope row-level security needs for a context. */
export function scopeOf(ctx: TenantContext) {
  return ctx.kind === "school"
    ? { personId: ctx.personId, schoolId: ctx.schoolId, trustId: ctx.trustId ?? undefined }
    : { personId: ctx.personId, trustId: ctx.trustId };
}

export type MembershipSummary = {
  id: string;
  role: MembershipRole | "OPERATOR" | "VALIDATOR" | "ASSESSOR";
  href: string;
  label: string;
};

/** Everywhere a person may go, for the switcher and the landing redirect. */
export async function listMemberships(personId: string): Promise<MembershipSummary[]> {
  const [rows, operator, validations, peerReviews, visits] = await withScope({ personId }, (tx) =>
    Promise.all([
      tx.membership.findMany({
        where: { personId },
        include: { school: { select: { name: true } }, trust: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      }),
      tx.operator.findUnique({ where: { personId } }),
      // Action plans sent to this person as an external validator (decision 0024).
      tx.actionPlanValidator.count({ where: { personId, acceptedAt: { not: null } } }),
      // Accreditation self-evaluations assigned to this person to peer-review (decision 0028).
      tx.accreditationSubmission.count({ where: { reviewerId: personId } }),
      // Accreditation visits this person accepted to assess (decision 0042).
      tx.accreditationVisitAssessor.count({ where: { personId, acceptedAt: { not: null } } }),
    ]),
  );
  const memberships: MembershipSummary[] = rows.map((m) => ({
    id: m.id,
    role: m.role,
    href: m.schoolId ? `/schools/${m.schoolId}` : `/trusts/${m.trustId}`,
    label: m.school?.name ?? m.trust?.name ?? "",
  }));
  const reviewing: MembershipSummary[] = [
    ...(validations > 0
      ? [{ id: "validator", role: "VALIDATOR" as const, href: "/review", label: "Action plans sent to you" }]
      : []),
    ...(peerReviews + visits > 0
      ? [
          {
            id: "assessor",
            role: "ASSESSOR" as const,
            href: "/peer-review",
            label: "Peer reviews assigned to you",
          },
        ]
      : []),
  ];
  return operator
    ? [
        { id: "operator", role: "OPERATOR", href: "/operator", label: "This Harbour server" },
        ...memberships,
        ...reviewing,
      ]
    : [...memberships, ...reviewing];
}
