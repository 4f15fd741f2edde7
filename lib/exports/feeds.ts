import "server-only";
// The secret calendar address for the action plan's due dates (decision 0027). A calendar app
// cannot send Harbour's session cookie, so the address itself is the key: 32 random bytes, of which
// only the SHA-256 is stored. One per person and school; making a new one stops the old one at
// once, and turning it off deletes it. Each request re-checks that the person is still in the
// school with a role that may see the plan, and reads with that school's scope only.
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope } from "../db/scope";
import { can } from "../permissions";
import { hashToken, newToken } from "../people/tokens";
import { loadSchoolContext, scopeOf, type SchoolContext } from "../tenancy/context";
import { schoolPlanContent } from "./queries";
import { actionCalendar } from "./rows";

export const feedPath = (token: string) => `/calendar/${token}.ics`;

/** Whether this person has an address for this school, and since when. */
export async function feedStatus(ctx: SchoolContext): Promise<{ since: Date } | null> {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.actionPlanFeed.findUnique({
      where: { schoolId_personId: { schoolId: ctx.schoolId, personId: ctx.personId } },
      select: { createdAt: true },
    }),
  );
  return row ? { since: row.createdAt } : null;
}

/** A new address (the old one, if any, stops working). The address is shown once, never stored. */
export async function makeFeed(ctx: SchoolContext, now = new Date()): Promise<{ url: string }> {
  const { token, tokenHash } = newToken();
  await withScope(scopeOf(ctx), async (tx) => {
    const key = { schoolId: ctx.schoolId, personId: ctx.personId };
    const old = await tx.actionPlanFeed.findUnique({ where: { schoolId_personId: key } });
    await tx.actionPlanFeed.upsert({
      where: { schoolId_personId: key },
      create: { ...key, tokenHash, createdAt: now },
      update: { tokenHash, createdAt: now },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: old ? "action-plan.feed-replaced" : "action-plan.feed-created",
      schoolId: ctx.schoolId,
    });
  });
  return { url: `${getConfig().appUrl}${feedPath(token)}` };
}

/** Turns the address off: calendars subscribed to it get "not found" from now on. */
export async function stopFeed(ctx: SchoolContext): Promise<{ stopped: boolean }> {
  return withScope(scopeOf(ctx), async (tx) => {
    const gone = await tx.actionPlanFeed.deleteMany({
      where: { schoolId: ctx.schoolId, personId: ctx.personId },
    });
    if (gone.count > 0)
      await audit(tx, { actorId: ctx.personId, action: "action-plan.feed-stopped", schoolId: ctx.schoolId });
    return { stopped: gone.count > 0 };
  });
}

/** The calendar for a token, or null (unknown or turned-off token, or the person may no longer see the plan). */
export async function feedCalendar(token: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const owner = await withScope({ inviteTokenHash: hashToken(token) }, (tx) =>
    tx.actionPlanFeed.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { schoolId: true, personId: true },
    }),
  );
  if (!owner) return null;
  const ctx = await loadSchoolContext(owner.personId, owner.schoolId);
  if (!ctx || !can(ctx.role, "action-plan:view")) return null;
  const plan = await schoolPlanContent(ctx);
  return actionCalendar(plan?.content ?? [], {
    schoolId: ctx.schoolId,
    name: `Action plan: ${ctx.schoolName}`,
    now,
  });
}
