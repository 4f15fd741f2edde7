// What each reminder says, in the app and by email (plain text). Pure: dates arrive as values.
import { formatDate } from "../format";
import type { Day } from "../records/rules";
import type { ExpiryStage } from "./rules";

export type Words = { notice: string; subject: string; text: string };

export function roundReminderWords(
  round: { title: string; closesAt: Date },
  school: string,
  name: string,
): Words {
  const by = formatDate(round.closesAt, { weekday: true });
  return {
    notice: `Please complete "${round.title}" by ${by}.`,
    subject: `Reminder: ${round.title}`,
    text:
      `Hello ${name},\n\nPlease complete the self-assessment "${round.title}" for ${school} by ${by}.\n` +
      `Your answers are saved as you go, so you can stop and come back at any time.\n`,
  };
}

export function expiryReminderWords(
  training: { title: string; expiresOn: Day },
  stage: ExpiryStage,
  today: Day,
  school: string,
  name: string,
): Words {
  const on = formatDate(training.expiresOn);
  const when =
    stage === "0"
      ? training.expiresOn < today
        ? `expired on ${on}`
        : `expires today, ${on}`
      : `expires on ${on}`;
  const notice = `Your training "${training.title}" ${when}. Book a refresher${stage === "0" ? "" : " before then"}.`;
  return {
    notice,
    subject: stage === "0" ? "Your training has expired" : "Your training expires soon",
    text: `Hello ${name},\n\n${notice}\nYour school's senior mental health lead can help you find a course.\n\n${school}, via Harbour\n`,
  };
}

export type RenewalLine = { title: string; people: number; soonest: Day };

export function renewalSummaryWords(lines: RenewalLine[], school: string, name: string): Words {
  const people = lines.reduce((sum, l) => sum + l.people, 0);
  const list = lines
    .map(
      (l) =>
        `- ${l.title}: ${l.people} ${l.people === 1 ? "person" : "people"}, the first on ${formatDate(l.soonest)}`,
    )
    .join("\n");
  return {
    notice: `Training is due for renewal: ${people} ${people === 1 ? "record" : "records"} across ${lines.length} ${lines.length === 1 ? "course" : "courses"}. See Training records.`,
    subject: `Training due for renewal at ${school}`,
    text:
      `Hello ${name},\n\nThese courses have expired in the last three months or expire within two, ` +
      `for people who have not yet done them again:\n\n${list}\n\n` +
      `Training records in Harbour lists everyone by name. You may want to book a session.\n`,
  };
}

export const unsubscribeText = (url: string) =>
  `\n--\nYou get these reminders by email as well as in Harbour. To get them in Harbour only, open:\n${url}\n`;
