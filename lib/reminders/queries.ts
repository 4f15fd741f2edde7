import "server-only";
// Data access for reminders people choose: a round's reminder days (the lead), and each person's
// channel, email as well as in-app or in-app only (the person themselves, signed in or through the
// signed link in a reminder email). In-app notices are always kept, whatever the channel.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { findRound, requireManager } from "../rounds/store";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { RoundReminderDays } from "./rules";
import { personOfToken } from "./unsubscribe-token";

export type Channel = "EMAIL_AND_APP" | "APP_ONLY";

export async function getRoundReminders(
  ctx: SchoolContext,
  roundId: string,
): Promise<RoundReminderDays | null> {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    return tx.roundReminders.findUnique({
      where: { roundId: round.id },
      select: { firstDaysBefore: true, secondDaysBefore: true },
    });
  });
}

/** Sets (or with null removes) a round's automatic reminders. Reminders already sent stay sent. */
export async function setRoundReminders(
  ctx: SchoolContext,
  roundId: string,
  reminders: RoundReminderDays | null,
): Promise<RoundReminderDays | null> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    if (reminders)
      await tx.roundReminders.upsert({
        where: { roundId: round.id },
        create: { roundId: round.id, schoolId: ctx.schoolId, ...reminders },
        update: reminders,
      });
    else await tx.roundReminders.deleteMany({ where: { roundId: round.id } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "round.reminders-set",
      schoolId: ctx.schoolId,
      targetId: round.id,
      detail: reminders ?? { off: true },
    });
    return reminders;
  });
}

async function channelOf(tx: Tx, personId: string): Promise<Channel> {
  const row = await tx.reminderChannel.findUnique({ where: { personId }, select: { emailReminders: true } });
  return row?.emailReminders === false ? "APP_ONLY" : "EMAIL_AND_APP";
}

async function writeChannel(tx: Tx, personId: string, channel: Channel): Promise<void> {
  const emailReminders = channel === "EMAIL_AND_APP";
  await tx.reminderChannel.upsert({
    where: { personId },
    create: { personId, emailReminders },
    update: { emailReminders },
  });
}

function requireChooser(ctx: SchoolContext) {
  if (!can(ctx.role, "notifications:choose"))
    throw new UserError("You do not have permission to do that.", "forbidden");
}

export async function getMyChannel(ctx: SchoolContext): Promise<Channel> {
  requireChooser(ctx);
  return withScope({ personId: ctx.personId }, (tx) => channelOf(tx, ctx.personId));
}

/** One's own choice; it applies in every school one belongs to. */
export async function setMyChannel(ctx: SchoolContext, channel: Channel): Promise<Channel> {
  requireChooser(ctx);
  // Only the person's own scope: the row is theirs, not the school's.
  await withScope({ personId: ctx.personId }, (tx) => writeChannel(tx, ctx.personId, channel));
  return channel;
}

/** For the unsubscribe page: whose link it is and their channel now, or null for a link Harbour did not make. */
export async function channelForLink(token: string | null | undefined) {
  const personId = personOfToken(token);
  if (!personId) return null;
  return withScope({ personId }, async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { name: true } });
    return person ? { name: person.name, channel: await channelOf(tx, personId) } : null;
  });
}

/** The link's one purpose: this person gets reminders in the app only. False for a link Harbour did not make. */
export async function switchToAppOnlyByLink(token: string | null | undefined): Promise<boolean> {
  const personId = personOfToken(token);
  if (!personId) return false;
  return withScope({ personId }, async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true } });
    if (!person) return false;
    await writeChannel(tx, personId, "APP_ONLY");
    return true;
  });
}
