import "server-only";
// Round reminders the lead asked for when opening the round: to everyone asked who has not
// submitted, on the chosen days before it closes, at most twice each (./rules.ts dueRoundStage).
import type { Tx } from "../db/scope";
import { loadParticipants } from "../rounds/participants";
import type { Candidate } from "./deliver";
import { roundReminderWords } from "./messages";
import { dueRoundStage } from "./rules";

export async function dueRoundReminders(tx: Tx, schoolId: string, now: Date): Promise<Candidate[]> {
  const rounds = await tx.round.findMany({
    where: {
      schoolId,
      reminderPlan: { isNot: null },
      closedAt: null,
      opensAt: { lte: now },
      closesAt: { gt: now },
    },
    include: { reminderPlan: true, school: { select: { name: true } } },
  });
  const due: Candidate[] = [];
  for (const round of rounds) {
    const stage = dueRoundStage(round, round.reminderPlan, now);
    if (!stage) continue;
    const people = await loadParticipants(tx, round);
    for (const p of people) {
      if (p.state === "SUBMITTED" || !p.person) continue;
      due.push({
        kind: "ROUND",
        subjectId: round.id,
        personId: p.person.personId,
        stage,
        about: { roundId: round.id },
        words: roundReminderWords(round, round.school.name, p.person.name),
      });
    }
  }
  return due;
}
