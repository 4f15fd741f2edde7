import "server-only";
// Reminders before an accreditation's renewal date (decision 0028): to the school's leads, 180, 60
// and 14 days ahead, through the one reminder path (lib/reminders/deliver.ts), which claims each
// (kind, subject, person, stage) once so nothing is sent twice.
import type { Tx } from "../db/scope";
import { formatDate } from "../format";
import { rolesWith } from "../permissions";
import type { Candidate } from "../reminders/deliver";
import { londonDay } from "../rounds/dates";
import { levelLabel } from "./levels";
import { renewalStage } from "./rules";

export async function dueAccreditationRenewals(tx: Tx, schoolId: string, now: Date): Promise<Candidate[]> {
  const today = londonDay(now);
  // Only the latest decision counts: a school that has renewed is not reminded about the old one.
  const latest = await tx.accreditationSubmission.findFirst({
    where: { schoolId, status: "DECIDED" },
    orderBy: { decidedAt: "desc" },
    include: { school: { select: { name: true } } },
  });
  if (!latest?.renewalDue || !latest.level) return [];
  const due = latest.renewalDue.toISOString().slice(0, 10);
  const stage = renewalStage(due, today);
  if (!stage) return [];
  const leads = await tx.membership.findMany({
    where: { schoolId, role: { in: rolesWith("accreditation:self-evaluate") } },
    include: { person: { select: { id: true, name: true } } },
  });
  const on = formatDate(due);
  const level = levelLabel(latest.level);
  return leads.map((m) => ({
    kind: "ACCREDITATION_RENEWAL",
    subjectId: latest.id,
    personId: m.person.id,
    stage,
    about: { accreditationId: latest.id },
    words: {
      notice: `${latest.school.name}'s accreditation (${level}) is due for renewal on ${on}. Start a new self-evaluation in good time.`,
      subject: `Accreditation renewal due on ${on}`,
      text:
        `Hello ${m.person.name},\n\n${latest.school.name} was accredited (${level}) and the accreditation is due for renewal on ${on}.\n` +
        `Start a new self-evaluation on Harbour so that peer review and the assessment visit can happen before then.\n`,
    },
  }));
}
