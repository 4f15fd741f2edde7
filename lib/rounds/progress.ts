import "server-only";
// Progress during a round (response rates, with small numbers withheld in CONFIDENTIAL rounds, and
// who has not started or finished in NAMED ones), reminders, and the in-app notices they leave.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { emailAddressesFor, sendReminderMail } from "../reminders/deliver";
import { roundReminderWords } from "../reminders/messages";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { publishProgress } from "../disclosure";
import type { JobRole } from "../generated/prisma/enums";
import { JOB_ROLES } from "../tiers";
import { loadParticipants, type RoundParticipant } from "./participants";
import { confidentialFiguresWithheld, disclosureFor, roundStatus } from "./rules";
import { findRound, requireManager, requireViewer, summary, type RoundSummary } from "./store";
import { formatDate } from "../format";

export type PersonRow = { personId: string; name: string; email: string; jobRole: string };

export type ProgressPublication = ReturnType<typeof publishProgress>;

export type RoundProgressView = {
  round: RoundSummary;
  /** Published through lib/disclosure: NAMED rounds in full, CONFIDENTIAL ones by merged groups of at least k. */
  progress: ProgressPublication;
  /** The school's small-number threshold in force, for saying why a figure is withheld. */
  k: number;
  /** Why a CONFIDENTIAL round's figures and response export are not available yet; null when they are. */
  figuresWithheld: string | null;
  /** Only for NAMED rounds seen by school leaders; null otherwise. */
  notStarted: PersonRow[] | null;
  notFinished: PersonRow[] | null;
};

const roleLabel = (jobRole: string) => JOB_ROLES[jobRole as JobRole]?.label ?? jobRole;

export async function getRoundProgress(
  ctx: SchoolContext,
  roundId: string,
  now = new Date(),
): Promise<RoundProgressView> {
  requireViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { minGroupSize: true },
    });
    const people = await loadParticipants(tx, round);
    const k = effectiveK(school.minGroupSize);
    const progress = publishProgress({
      mode: disclosureFor(round.mode, ctx.role),
      k,
      participants: people,
      roleLabel,
    });
    // Names only in NAMED rounds, and never to trust leaders (DESIGN.md: they never see individuals).
    const showNames = round.mode === "NAMED" && can(ctx.role, "answers:view-named");
    const list = (state: RoundParticipant["state"]) =>
      people
        .filter((p) => p.state === state && p.person)
        .map(({ person }) => ({
          personId: person!.personId,
          name: person!.name,
          email: person!.email,
          jobRole: person!.jobRole,
        }));
    return {
      round: summary(round, now),
      progress,
      k,
      figuresWithheld: confidentialFiguresWithheld(round, progress.overall.submitted, k, now),
      notStarted: showNames ? list("NOT_STARTED") : null,
      notFinished: showNames ? list("IN_PROGRESS") : null,
    };
  });
}

const REMINDER_GAP_MS = 10 * 60 * 1000;

/**
 * Reminds everyone asked who has not submitted: an in-app notice always, and an email too when
 * SMTP is configured. Emails go after the transaction commits, so a slow mail server never holds
 * database locks. A second click within ten minutes is refused rather than sending twice.
 */
export async function sendReminders(
  ctx: SchoolContext,
  roundId: string,
  now = new Date(),
): Promise<{ notified: number; emailed: number }> {
  requireManager(ctx);
  const { round, recipients, emailTo } = await withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    if (roundStatus(round, now) !== "OPEN")
      throw new UserError("Reminders can only be sent while the round is open.", "conflict");
    const claimed = await tx.round.updateMany({
      where: {
        id: round.id,
        OR: [{ remindedAt: null }, { remindedAt: { lt: new Date(now.getTime() - REMINDER_GAP_MS) } }],
      },
      data: { remindedAt: now },
    });
    if (claimed.count === 0) throw new UserError("A reminder was sent in the last ten minutes.", "conflict");
    const people = await loadParticipants(tx, round);
    const recipients = people.filter((p) => p.state !== "SUBMITTED" && p.person).map((p) => p.person!);
    const message = `Please complete "${round.title}" by ${formatDate(round.closesAt, { weekday: true })}.`;
    await tx.notification.createMany({
      data: recipients.map((p) => ({
        schoolId: ctx.schoolId,
        personId: p.personId,
        roundId: round.id,
        message,
      })),
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "round.reminded",
      schoolId: ctx.schoolId,
      targetId: round.id,
      detail: { count: recipients.length },
    });
    // Those who chose in-app only get the notice above and no email.
    const emailTo = await emailAddressesFor(
      tx,
      recipients.map((p) => p.personId),
    );
    return { round, recipients, emailTo };
  });
  let emailed = 0;
  for (const p of recipients) {
    const to = emailTo.get(p.personId);
    if (!to) continue;
    const words = roundReminderWords(round, ctx.schoolName, p.name);
    if (await sendReminderMail("round-reminder", p.personId, to, words)) emailed++;
  }
  return { notified: recipients.length, emailed };
}

/** The signed-in person's unread notices in this school, newest first. */
export async function listMyNotifications(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), (tx) =>
    tx.notification.findMany({
      where: { personId: ctx.personId, schoolId: ctx.schoolId, readAt: null },
      orderBy: { createdAt: "desc" },
      take: 20, // the newest unread; older ones wait until these are dismissed
      select: {
        id: true,
        message: true,
        createdAt: true,
        roundId: true,
        trainingRecordId: true,
        caseStudyId: true,
      },
    }),
  );
}

export async function markNotificationRead(
  ctx: SchoolContext,
  notificationId: string,
  now = new Date(),
): Promise<void> {
  await withScope(scopeOf(ctx), (tx) =>
    tx.notification.updateMany({
      where: { id: notificationId, personId: ctx.personId },
      data: { readAt: now },
    }),
  );
}
