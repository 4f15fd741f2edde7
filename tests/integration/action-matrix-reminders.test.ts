// The reminder actions in the authorisation matrix: one's own reminder channel (every school member,
// for themselves only) and a round's reminder days (the lead's, checked against the round's school).
// The session is mocked; memberships, permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ownerDb } from "./support/fixtures";
import * as cases from "./support/lead-cases";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const notifications = await import("@/app/schools/[schoolId]/notifications/actions");
const rounds = await import("@/app/schools/[schoolId]/rounds/actions");

let w: Awaited<ReturnType<typeof cases.makeWorld>>;
beforeAll(async () => {
  w = await cases.makeWorld();
});

const CHANNEL: Record<Role, Outcome> = {
  STAFF: "ok",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

const signInAs = (role: Role) => {
  session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
};

describe.each(ROLES)("choosing one's reminder channel as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(role);
    const schoolId = tenant === "own" ? w.schoolId : w.otherSchoolId;
    const result = await notifications.chooseReminderChannel(schoolId, { channel: "APP_ONLY" });
    expect(outcomeOf(result)).toBe(tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : CHANNEL[role]);
    if (result.ok) {
      const row = await ownerDb().reminderChannel.findUniqueOrThrow({
        where: { personId: session.personId! },
      });
      expect(row.emailReminders).toBe(false);
      await notifications.chooseReminderChannel(schoolId, { channel: "EMAIL_AND_APP" });
    }
  });
});

describe("reminder actions check what the client sends", () => {
  it("changes only the signed-in person's own channel, whatever else is sent", async () => {
    signInAs("STAFF");
    const leadRow = () =>
      ownerDb().reminderChannel.findUnique({
        where: { personId: w.people.LEAD.id },
        select: { emailReminders: true },
      });
    const before = await leadRow();
    const result = await notifications.chooseReminderChannel(w.schoolId, {
      channel: "APP_ONLY",
      personId: w.people.LEAD.id,
    });
    expect(result.ok).toBe(true);
    expect(await leadRow()).toEqual(before);
    expect(before?.emailReminders).not.toBe(false);
  });

  it("treats another school's round, named through one's own school, as not found", async () => {
    signInAs("LEAD");
    const result = await rounds.setRoundReminderDays(w.schoolId, {
      roundId: w.otherRoundId,
      remindDaysBefore: "3",
      remindAgainDaysBefore: "",
    });
    expect(outcomeOf(result)).toBe("not-found");
    expect(await ownerDb().roundReminders.findUnique({ where: { roundId: w.otherRoundId } })).toBeNull();
  });

  it("returns the reminder fields' errors beside them", async () => {
    signInAs("LEAD");
    const result = await rounds.setRoundReminderDays(w.schoolId, {
      roundId: w.roundId,
      remindDaysBefore: "2",
      remindAgainDaysBefore: "4",
    });
    expect(!result.ok && result.fieldErrors).toEqual({
      remindAgainDaysBefore: ["The second reminder must be closer to the closing date than the first."],
    });
    const opened = await rounds.openRound(w.schoolId, { ...cases.openRoundForm(), remindDaysBefore: "0" });
    expect(!opened.ok && opened.fieldErrors).toEqual({ remindDaysBefore: ["Enter between 1 and 60 days."] });
  });

  it("keeps a round's reminder days when opened with them, and removes them when cleared", async () => {
    signInAs("LEAD");
    const opened = await rounds.openRound(w.schoolId, {
      ...cases.openRoundForm(),
      remindDaysBefore: "4",
      remindAgainDaysBefore: "0",
    });
    if (!opened.ok) throw new Error(opened.message);
    const roundId = opened.data.id;
    expect(await ownerDb().roundReminders.findUniqueOrThrow({ where: { roundId } })).toMatchObject({
      firstDaysBefore: 4,
      secondDaysBefore: 0,
    });
    const cleared = await rounds.setRoundReminderDays(w.schoolId, {
      roundId,
      remindDaysBefore: "",
      remindAgainDaysBefore: "",
    });
    expect(cleared).toEqual({ ok: true, data: { reminders: null } });
    expect(await ownerDb().roundReminders.findUnique({ where: { roundId } })).toBeNull();
  });
});
