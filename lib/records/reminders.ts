import "server-only";
// Reminds people whose training expires within 60 days: an in-app notice always, an email too with
// SMTP set (sent after the transaction commits). A record is reminded at most once a week.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { emailAddressesFor, sendReminderMail } from "../reminders/deliver";
import { can } from "../permissions";
import { londonDay } from "../rounds/dates";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { EXPIRY_WINDOW_DAYS } from "./rules";
import { formatDate } from "../format";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const REMINDERS_PER_PRESS = 1000;

export async function remindExpiring(
  ctx: SchoolContext,
  now = new Date(),
): Promise<{ notified: number; emailed: number }> {
  if (!can(ctx.role, "records:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
  const today = new Date(`${londonDay(now)}T00:00:00.000Z`);
  const until = new Date(today.getTime() + EXPIRY_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const due = await withScope(scopeOf(ctx), async (tx) => {
    const records = await tx.trainingRecord.findMany({
      where: {
        schoolId: ctx.schoolId,
        expiresOn: { gte: today, lte: until },
        // Still a member, and not reminded about this record in the last week.
        person: { memberships: { some: { schoolId: ctx.schoolId } } },
        notifications: { none: { createdAt: { gt: new Date(now.getTime() - WEEK_MS) } } },
      },
      include: { course: { select: { title: true } }, person: { select: { name: true, email: true } } },
      orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
      // Soonest first; any beyond this are reminded on the next press (the week rule skips these).
      take: REMINDERS_PER_PRESS,
    });
    const items = records.map((r) => ({
      ...r,
      message: `Your training "${r.course?.title ?? r.externalTitle}" expires on ${formatDate(r.expiresOn!)}. Book a refresher before then.`,
    }));
    await tx.notification.createMany({
      data: items.map((r) => ({
        schoolId: ctx.schoolId,
        personId: r.personId,
        trainingRecordId: r.id,
        message: r.message,
      })),
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "training.reminded",
      schoolId: ctx.schoolId,
      detail: { count: items.length },
    });
    // Those who chose in-app only get the notice above and no email.
    return {
      items,
      emailTo: await emailAddressesFor(
        tx,
        items.map((r) => r.personId),
      ),
    };
  });
  let emailed = 0;
  for (const r of due.items) {
    const to = due.emailTo.get(r.personId);
    if (!to) continue;
    const words = {
      subject: `Your training expires soon`,
      text: `Hello ${r.person.name},\n\n${r.message}\n\n${ctx.schoolName}, via Harbour\n`,
    };
    if (await sendReminderMail("expiry-reminder", r.personId, to, words)) emailed++;
  }
  return { notified: due.items.length, emailed };
}
