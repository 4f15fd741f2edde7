import "server-only";
// The people page reads one page of members at a time, found by name or email: a school of 1,000
// staff must not send 1,000 forms to a phone.
import { withScope } from "../db/scope";
import type { Prisma } from "../generated/prisma/client";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { PendingInvitation, PersonRow } from "./queries";

export const PEOPLE_PAGE_SIZE = 25;
/** Invitations waiting are listed up to this many, newest first, with the full count. */
export const PENDING_SHOWN = 50;

export type MembersPage = {
  people: PersonRow[];
  /** members matching the search */
  matching: number;
  /** everyone in the school */
  total: number;
  page: number;
  pages: number;
  pending: PendingInvitation[];
  pendingTotal: number;
};

/** `page` counts from 1 and is clamped to the pages there are; `search` matches name or email. */
export async function listMembersPage(
  ctx: SchoolContext,
  opts: { search?: string; page?: number } = {},
): Promise<MembersPage> {
  const search = opts.search?.trim().slice(0, 100) ?? "";
  const where: Prisma.MembershipWhereInput = {
    schoolId: ctx.schoolId,
    ...(search
      ? {
          OR: [
            { person: { name: { contains: search, mode: "insensitive" } } },
            { person: { email: { contains: search, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const invited = { schoolId: ctx.schoolId, acceptedAt: null, expiresAt: { gt: new Date() } };
  return withScope(scopeOf(ctx), async (tx) => {
    // One after the other: a transaction is one connection.
    const matching = await tx.membership.count({ where });
    const total = search ? await tx.membership.count({ where: { schoolId: ctx.schoolId } }) : matching;
    const pages = Math.max(1, Math.ceil(matching / PEOPLE_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1) || 1), pages);
    const members = await tx.membership.findMany({
      where,
      include: { person: { select: { name: true, email: true } } },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    });
    const pendingTotal = await tx.invitation.count({ where: invited });
    const pending = await tx.invitation.findMany({
      where: invited,
      select: { id: true, email: true, role: true, jobRole: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
      take: PENDING_SHOWN,
    });
    return {
      people: members.map((m) => ({
        membershipId: m.id,
        personId: m.personId,
        name: m.person.name,
        email: m.person.email,
        role: m.role,
        jobRole: m.jobRole!,
      })),
      matching,
      total,
      page,
      pages,
      pending,
      pendingTotal,
    };
  });
}
