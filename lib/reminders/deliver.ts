import "server-only";
// The one way a reminder goes out. Inside the school's transaction that decided it, each reminder is
// claimed by inserting its (kind, subject, person, stage) row; a row that already exists (another
// worker, another instance, an earlier run) is skipped by the unique key, so nothing is sent twice
// even when two workers race. The in-app notice is written in the same transaction. Emails go after
// the commit, only to people who have not chosen in-app only, so a slow mail server holds no locks.
import { withScope, type Tx } from "../db/scope";
import type { ReminderKind } from "../generated/prisma/enums";
import { sendMail } from "../mail";
import { unsubscribeText, type Words } from "./messages";
import { unsubscribePageUrl, unsubscribeUrl } from "./unsubscribe-token";

export type Candidate = {
  kind: ReminderKind;
  subjectId: string;
  personId: string;
  stage: string;
  /** The in-app notice is about a round, a training record or an accreditation (the table requires one). */
  about: { roundId: string } | { trainingRecordId: string } | { accreditationId: string };
  words: Words;
};

export type Claimed = Candidate & { id: string; email: string | null };

const MAIL_KIND: Record<ReminderKind, string> = {
  ROUND: "round-reminder",
  EXPIRY: "expiry-reminder",
  RENEWAL: "renewal-reminder",
  ACCREDITATION_RENEWAL: "accreditation-renewal-reminder",
};

/** The addresses of those who take reminders by email (no choice made: email too), by person id. */
export async function emailAddressesFor(tx: Tx, personIds: string[]): Promise<Map<string, string>> {
  const people = await tx.person.findMany({
    where: { id: { in: [...new Set(personIds)] } },
    select: { id: true, email: true, reminderChannel: { select: { emailReminders: true } } },
  });
  return new Map(
    people.filter((p) => p.reminderChannel?.emailReminders !== false).map((p) => [p.id, p.email]),
  );
}

/** Every reminder email: plain text, with the unsubscribe link in the text and the RFC 8058 headers. */
export function sendReminderMail(
  kind: string,
  personId: string,
  to: string,
  words: Pick<Words, "subject" | "text">,
): Promise<boolean> {
  return sendMail({
    to,
    subject: words.subject,
    text: words.text + unsubscribeText(unsubscribePageUrl(personId)),
    kind,
    unsubscribeUrl: unsubscribeUrl(personId),
  });
}

/** Claims what nobody has claimed yet and leaves its notices; returns those claimed, with the address to email (or null). */
export async function claim(tx: Tx, schoolId: string, candidates: Candidate[]): Promise<Claimed[]> {
  if (candidates.length === 0) return [];
  const inserted = await tx.reminderSent.createManyAndReturn({
    data: candidates.map((c) => ({
      schoolId,
      kind: c.kind,
      subjectId: c.subjectId,
      personId: c.personId,
      stage: c.stage,
    })),
    skipDuplicates: true,
    select: { id: true, kind: true, subjectId: true, personId: true, stage: true },
  });
  const key = (c: Pick<Candidate, "kind" | "subjectId" | "personId" | "stage">) =>
    `${c.kind}|${c.subjectId}|${c.personId}|${c.stage}`;
  const idOf = new Map(inserted.map((r) => [key(r), r.id]));
  const won = candidates.filter((c) => idOf.has(key(c)));
  if (won.length === 0) return [];
  await tx.notification.createMany({
    data: won.map((c) => ({ schoolId, personId: c.personId, message: c.words.notice, ...c.about })),
  });
  const emailTo = await emailAddressesFor(
    tx,
    won.map((c) => c.personId),
  );
  return won.map((c) => ({ ...c, id: idOf.get(key(c))!, email: emailTo.get(c.personId) ?? null }));
}

/** Emails the claimed reminders that go by email, then marks those that went. Returns how many went. */
export async function emailClaimed(schoolId: string, claimed: Claimed[]): Promise<number> {
  const sent: string[] = [];
  for (const c of claimed) {
    if (!c.email) continue;
    const ok = await sendReminderMail(MAIL_KIND[c.kind], c.personId, c.email, c.words);
    if (ok) sent.push(c.id);
  }
  if (sent.length > 0)
    await withScope({ schoolId }, (tx) =>
      tx.reminderSent.updateMany({ where: { id: { in: sent } }, data: { emailed: true } }),
    );
  return sent.length;
}

export type SweepResult = { claimed: number; emailed: number };

/** Decides and claims in one transaction under the school's scope, then emails. */
export async function sweepSchool(
  schoolId: string,
  decide: (tx: Tx) => Promise<Candidate[]>,
): Promise<SweepResult> {
  const claimed = await withScope({ schoolId }, async (tx) => claim(tx, schoolId, await decide(tx)));
  return { claimed: claimed.length, emailed: await emailClaimed(schoolId, claimed) };
}
