import "server-only";
import { withScope } from "../db/scope";
import type { Prisma } from "../generated/prisma/client";
import { toCsv } from "../csv/write";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../rounds/dates";
import { scopeOf, type TenantContext } from "../tenancy/context";
import type { AuditFilter } from "./filters";
import { AUDIT_ACTIONS, type AuditAction } from "./record";
import { AUDIT_WORDS } from "./words";

export const AUDIT_PAGE_SIZE = 50;
/** A CSV holds at most this many entries, newest first; narrow the dates for more. */
export const AUDIT_CSV_LIMIT = 20_000;

export type AuditRow = { id: string; at: Date; actor: string; action: string; about: string | null };

const OUTSIDE = "Someone outside this school";
const known = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

/**
 * The school's (or trust's) own audit log, newest first. Row-level security gives the school's rows
 * only; names are those of people the reader may see (the school's members), others are said as such.
 */
export async function readAuditLog(
  ctx: TenantContext,
  filter: AuditFilter,
  limit: { take: number; skip: number },
): Promise<{ rows: AuditRow[]; total: number; people: { id: string; name: string }[] }> {
  return withScope(scopeOf(ctx), async (tx) => {
    const where: Prisma.AuditEventWhereInput = {
      ...(ctx.kind === "school" ? { schoolId: ctx.schoolId } : { trustId: ctx.trustId, schoolId: null }),
      ...(filter.person && { actorId: filter.person }),
      ...(filter.action && { action: filter.action }),
      ...((filter.from || filter.to) && {
        at: {
          ...(filter.from && { gte: startOfLondonDay(filter.from) }),
          ...(filter.to && { lte: endOfLondonDay(filter.to) }),
        },
      }),
    };
    const [events, total, actorIds] = await Promise.all([
      tx.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...limit }),
      tx.auditEvent.count({ where }),
      tx.auditEvent.findMany({
        where: { schoolId: where.schoolId, trustId: where.trustId },
        distinct: ["actorId"],
        select: { actorId: true },
      }),
    ]);
    const ids = new Set<string>();
    for (const e of events) for (const id of [e.actorId, e.targetId]) if (id) ids.add(id);
    for (const a of actorIds) if (a.actorId) ids.add(a.actorId);
    const named = await tx.person.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, name: true },
    });
    const nameOf = new Map(named.map((p) => [p.id, p.name]));
    return {
      rows: events.map((e) => ({
        id: e.id,
        at: e.at,
        actor: e.actorId ? (nameOf.get(e.actorId) ?? OUTSIDE) : "Harbour",
        action: known(e.action) ? AUDIT_WORDS[e.action] : e.action,
        about: e.targetId ? (nameOf.get(e.targetId) ?? null) : null,
      })),
      total,
      people: actorIds
        .flatMap((a) =>
          a.actorId && nameOf.has(a.actorId) ? [{ id: a.actorId, name: nameOf.get(a.actorId)! }] : [],
        )
        .sort((a, b) => a.name.localeCompare(b.name, "en-GB")),
    };
  });
}

/** The filtered log as CSV (newest first, times in UTC ISO 8601 with London's day beside them). */
export async function auditLogCsv(ctx: TenantContext, filter: AuditFilter) {
  const { rows } = await readAuditLog(ctx, filter, { take: AUDIT_CSV_LIMIT, skip: 0 });
  const place = ctx.kind === "school" ? ctx.schoolName : ctx.trustName;
  return {
    filename: `audit-log-${place}-${londonDay(new Date())}.csv`,
    contentType: "text/csv",
    text: toCsv(
      ["at_utc", "london_day", "who", "what", "about"],
      rows.map((r) => [r.at.toISOString(), londonDay(r.at), r.actor, r.action, r.about]),
    ),
  };
}
