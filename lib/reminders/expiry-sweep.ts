import "server-only";
// Training reminders: to each person 30, 14 and 0 days before their training expires, and to the
// school's leads once a month a summary of what is due for renewal (decision 0020). Only each
// person's latest record of a course counts, and only people still in the school are reminded.
import type { Tx } from "../db/scope";
import { addDays } from "../records/rules";
import { londonDay } from "../rounds/dates";
import type { Candidate } from "./deliver";
import { expiryReminderWords, renewalSummaryWords, type RenewalLine } from "./messages";
import {
  dueExpiryStage,
  EXPIRED_GRACE_DAYS,
  latestRecordIds,
  needsRenewal,
  RENEWAL_LOOK_AHEAD_DAYS,
  RENEWAL_LOOK_BACK_DAYS,
  renewalStage,
} from "./rules";

const asDay = (d: Date) => d.toISOString().slice(0, 10);
const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The school's current members' latest records that expire between `from` and `to` (London days). */
async function latestExpiring(tx: Tx, schoolId: string, from: string, to: string) {
  const near = await tx.trainingRecord.findMany({
    where: {
      schoolId,
      expiresOn: { gte: asDate(from), lte: asDate(to) },
      person: { memberships: { some: { schoolId } } },
    },
    include: { course: { select: { title: true } }, person: { select: { name: true } } },
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
  });
  if (near.length === 0) return [];
  // Their other records too, to see which were done again since.
  const all = await tx.trainingRecord.findMany({
    where: { schoolId, personId: { in: [...new Set(near.map((r) => r.personId))] } },
    select: { id: true, personId: true, courseId: true, externalTitle: true, completedOn: true },
  });
  const latest = latestRecordIds(all.map((r) => ({ ...r, completedOn: asDay(r.completedOn) })));
  return near
    .filter((r) => latest.has(r.id))
    .map((r) => ({
      ...r,
      title: r.course?.title ?? r.externalTitle ?? "Training",
      expiresOn: asDay(r.expiresOn!),
    }));
}

export async function dueExpiryReminders(tx: Tx, schoolId: string, now: Date): Promise<Candidate[]> {
  const today = londonDay(now);
  const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
  const records = await latestExpiring(tx, schoolId, addDays(today, -EXPIRED_GRACE_DAYS), addDays(today, 30));
  return records.flatMap((r): Candidate[] => {
    const stage = dueExpiryStage(r.expiresOn, today);
    if (!stage) return [];
    return [
      {
        kind: "EXPIRY",
        subjectId: r.id,
        personId: r.personId,
        stage,
        about: { trainingRecordId: r.id },
        words: expiryReminderWords(r, stage, today, school.name, r.person.name),
      },
    ];
  });
}

export async function dueRenewalSummaries(tx: Tx, schoolId: string, now: Date): Promise<Candidate[]> {
  const today = londonDay(now);
  const records = (
    await latestExpiring(
      tx,
      schoolId,
      addDays(today, -RENEWAL_LOOK_BACK_DAYS),
      addDays(today, RENEWAL_LOOK_AHEAD_DAYS),
    )
  ).filter((r) => needsRenewal(r.expiresOn, today));
  if (records.length === 0) return [];
  const byTitle = new Map<string, RenewalLine>();
  for (const r of records) {
    const line = byTitle.get(r.title) ?? { title: r.title, people: 0, soonest: r.expiresOn };
    line.people++;
    byTitle.set(r.title, line);
  }
  const lines = [...byTitle.values()].sort(
    (a, b) => a.soonest.localeCompare(b.soonest) || a.title.localeCompare(b.title),
  );
  const leads = await tx.membership.findMany({
    where: { schoolId, role: "LEAD" },
    include: { person: { select: { id: true, name: true } }, school: { select: { name: true } } },
  });
  return leads.map((m) => ({
    kind: "RENEWAL",
    subjectId: schoolId,
    personId: m.person.id,
    stage: renewalStage(today),
    // The notice needs a subject row: the soonest record due, which the records page shows first.
    about: { trainingRecordId: records[0]!.id },
    words: renewalSummaryWords(lines, m.school!.name, m.person.name),
  }));
}
