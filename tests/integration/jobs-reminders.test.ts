// Reminders that go by themselves: two pg-boss workers on one database and a real SMTP server.
// Every reminder arrives once, the email has a plain-text part and a working unsubscribe link
// (RFC 8058 headers), and in-app-only people get the notice but no email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as oneClick } from "@/app/unsubscribe/one-click/route";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { jobHealth, jobNamed, runJob } from "@/lib/jobs";
import { startQueue, type Queue } from "@/lib/jobs/queue";
import { recordTraining } from "@/lib/records/queries";
import { addDays, addMonths } from "@/lib/records/rules";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { channelForLink, setMyChannel } from "@/lib/reminders/queries";
import { londonDay } from "@/lib/rounds/dates";
import { sendReminders } from "@/lib/rounds/progress";
import { DAY, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";
import { smtpForThisFile, type Received } from "./support/smtp";

const smtp = await smtpForThisFile();

const job = (name: string) => jobNamed(name)!;
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const unfolded = (m: Received) => m.data.replace(/=\n/g, "").replace(/=3D/g, "=");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await sleep(100);
  }
}

describe("round reminders with two queue workers", () => {
  let world: Awaited<ReturnType<typeof schoolWithStaff>>;
  let queues: Queue[] = [];
  let everyone: string[];

  beforeAll(async () => {
    world = await schoolWithStaff(["TEACHER", "TEACHER", "TEACHER"]);
    // The second teacher chose in-app only; the third has already submitted.
    await setMyChannel(world.staff[1]!.ctx, "APP_ONLY");
    const round = await openTestRound(world.lead, {
      closesAt: new Date(Date.now() + 2 * DAY),
      reminders: { firstDaysBefore: 3, secondDaysBefore: null },
    });
    await ownerDb().response.create({
      data: {
        roundId: round.id,
        schoolId: world.school.id,
        personId: world.staff[2]!.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        jobRole: "TEACHER",
        requiredTier: 1,
        frameworkVersionId: round.frameworkVersionId,
      },
    });
    const lead = await ownerDb().person.findUniqueOrThrow({ where: { id: world.lead.personId } });
    everyone = [lead.email, ...world.staff.map((s) => s.email)];
    // Two instances, each with its own pool: one after the other, as two servers would start.
    for (let i = 0; i < 2; i++)
      queues.push(
        await startQueue(process.env.MIGRATION_DATABASE_URL!, {
          schedule: false,
          pollingIntervalSeconds: 0.5,
        }),
      );
  });
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.stop()));
    queues = [];
  });

  it("sends each reminder once, only by email to those who want email", async () => {
    // Both instances' schedules fire: each puts the job on the queue, several times over.
    for (let i = 0; i < 3; i++) for (const q of queues) await q.boss.send("round-reminders", {});
    await waitFor(() => mailsTo(everyone[0]!).length >= 1 && mailsTo(everyone[1]!).length >= 1);
    // Let every queued run finish before counting.
    const prisma = ownerDb();
    for (let i = 0; i < 100; i++) {
      const open = await prisma.jobRun.count({ where: { job: "round-reminders", finishedAt: null } });
      const queued = (await Promise.all(queues.map((q) => q.boss.getQueueSize("round-reminders")))).reduce(
        (a, b) => a + b,
      );
      if (open === 0 && queued === 0) break;
      await sleep(200);
    }
    const [lead, sender, appOnly, submitted] = everyone as [string, string, string, string];
    expect(mailsTo(lead)).toHaveLength(1);
    expect(mailsTo(sender)).toHaveLength(1);
    expect(mailsTo(appOnly)).toHaveLength(0);
    expect(mailsTo(submitted)).toHaveLength(0);
    const notices = await prisma.notification.findMany({ where: { schoolId: world.school.id } });
    expect(notices.map((n) => n.personId).sort()).toEqual(
      [world.lead.personId, world.staff[0]!.id, world.staff[1]!.id].sort(),
    );
    const claimed = await prisma.reminderSent.findMany({ where: { schoolId: world.school.id } });
    expect(claimed).toHaveLength(3);
    expect(claimed.every((c) => c.kind === "ROUND" && c.stage === "1")).toBe(true);
    expect(claimed.filter((c) => c.emailed)).toHaveLength(2);
  });

  it("sends a plain-text email with a one-click unsubscribe link that switches to in-app only", async () => {
    const mail = mailsTo(everyone[1]!)[0]!;
    expect(mail.data).toMatch(/^Content-Type: text\/plain/im);
    expect(mail.data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const header = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.data.replace(/\n\s+/g, ""))?.[1] ?? "";
    expect(header).toMatch(/\/unsubscribe\/one-click\?token=/);
    expect(unfolded(mail)).toMatch(/Harbour only, open:\n\S+\/unsubscribe\?token=/);

    const token = new URL(header).searchParams.get("token");
    expect(await channelForLink(token)).toMatchObject({ channel: "EMAIL_AND_APP" });
    // A forged or altered link changes nothing.
    const forged = await oneClick(
      new Request(
        header.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        { method: "POST", body: "List-Unsubscribe=One-Click" },
      ),
    );
    expect(forged.status).toBe(404);
    expect(await channelForLink(token)).toMatchObject({ channel: "EMAIL_AND_APP" });

    const res = await oneClick(new Request(header, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(res.status).toBe(200);
    expect(await channelForLink(token)).toMatchObject({ channel: "APP_ONLY" });
  });
});

describe("reminders decided by two workers at once, without the queue", () => {
  it("never sends the same reminder twice, and at most two per person per round", async () => {
    const world = await schoolWithStaff(["TEACHER", "FORM_TUTOR"]);
    const now = new Date();
    await openTestRound(world.lead, {
      closesAt: new Date(now.getTime() + 5 * DAY),
      reminders: { firstDaysBefore: 5, secondDaysBefore: 1 },
    });
    const emails = world.staff.map((s) => s.email);
    const round = job("round-reminders");
    // Two workers race, twice, on each of several days up to the close.
    for (const day of [0, 1, 2, 3, 4, 4.5]) {
      const at = new Date(now.getTime() + day * DAY);
      await Promise.all([runJob(round, at), runJob(round, at), runJob(round, at)]);
    }
    for (const email of emails) {
      const subjects = mailsTo(email).map((m) => /^Subject: (.*)$/m.exec(m.data)?.[1]);
      expect(subjects).toEqual(["Reminder: Autumn self-assessment", "Reminder: Autumn self-assessment"]);
    }
    const stages = await ownerDb().reminderSent.findMany({
      where: { schoolId: world.school.id, personId: world.staff[0]!.id },
      orderBy: { stage: "asc" },
    });
    expect(stages.map((s) => s.stage)).toEqual(["1", "2"]);
  });
});

describe("training expiry and renewal reminders", () => {
  it("reminds the person 30, 14 and 0 days before, once each, and the lead once a month", async () => {
    const world = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const course = await addCourse(
      world.lead,
      addCourseSchema.parse(courseForm({ title: "Yearly wellbeing refresher", refreshMonths: "12" })),
    );
    const today = londonDay(new Date());
    const expiresOn = addDays(today, 40);
    const record = (staff: number, completedOn: string) =>
      recordTraining(
        world.staff[staff]!.ctx,
        recordTrainingSchema.parse({ source: "CATALOGUE", courseId: course.id, completedOn, hours: "2" }),
      );
    await record(0, addMonths(expiresOn, -12));
    // The second teacher's old record is superseded by a refresher done since: no reminder for it.
    await record(1, addMonths(expiresOn, -12));
    await record(1, addDays(today, -1));

    const expiry = job("expiry-reminders");
    const renewal = job("renewal-reminders");
    const at = (days: number) => new Date(Date.now() + days * DAY);
    for (const d of [0, 10, 11, 26, 27, 30, 40, 41, 45, 60]) {
      await Promise.all([runJob(expiry, at(d)), runJob(expiry, at(d))]);
    }
    await Promise.all([runJob(renewal, at(0)), runJob(renewal, at(0)), runJob(renewal, at(1))]);

    const [teacher, refreshed] = world.staff.map((s) => s.email) as [string, string];
    expect(mailsTo(teacher).map((m) => /^Subject: (.*)$/m.exec(m.data)?.[1])).toEqual([
      "Your training expires soon",
      "Your training expires soon",
      "Your training has expired",
    ]);
    expect(mailsTo(refreshed)).toHaveLength(0);
    const stages = await ownerDb().reminderSent.findMany({
      where: { schoolId: world.school.id, kind: "EXPIRY" },
      orderBy: { createdAt: "asc" },
    });
    expect(stages.map((s) => s.stage)).toEqual(["30", "14", "0"]);

    const lead = await ownerDb().person.findUniqueOrThrow({ where: { id: world.lead.personId } });
    const leadMail = mailsTo(lead.email);
    expect(leadMail).toHaveLength(1);
    expect(unfolded(leadMail[0]!)).toMatch(/Yearly wellbeing refresher: 1 person/);
  });
});

describe("reminders the lead sends by hand", () => {
  it("follow each person's choice and carry the unsubscribe link too", async () => {
    const world = await schoolWithStaff(["TEACHER", "TEACHER"]);
    await setMyChannel(world.staff[1]!.ctx, "APP_ONLY");
    const round = await openTestRound(world.lead);
    expect(await sendReminders(world.lead, round.id)).toEqual({ notified: 3, emailed: 2 });
    const [wants, appOnly] = world.staff.map((s) => s.email) as [string, string];
    expect(mailsTo(appOnly)).toHaveLength(0);
    expect(mailsTo(wants)[0]!.data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(unfolded(mailsTo(wants)[0]!)).toMatch(/\/unsubscribe\?token=/);
  });
});

describe("row-level security for the worker", () => {
  it("cannot claim a reminder for another school while acting for one", async () => {
    const a = await schoolWithStaff(["TEACHER"]);
    const b = await schoolWithStaff(["TEACHER"]);
    const { withScope } = await import("@/lib/db/scope");
    await expect(
      withScope({ schoolId: a.school.id }, (tx) =>
        tx.reminderSent.create({
          data: {
            schoolId: b.school.id,
            kind: "ROUND",
            subjectId: "x",
            personId: b.staff[0]!.id,
            stage: "1",
          },
        }),
      ),
    ).rejects.toThrow();
    const seen = await withScope({ schoolId: a.school.id }, (tx) =>
      tx.reminderSent.count({ where: { schoolId: { not: a.school.id } } }),
    );
    expect(seen).toBe(0);
  });
});

describe("row-level security for reminder choices", () => {
  it("shows a school only its own members' channels and round reminders, and lets only the person set theirs", async () => {
    const { withScope } = await import("@/lib/db/scope");
    const a = await schoolWithStaff(["TEACHER"]);
    const b = await schoolWithStaff(["TEACHER"]);
    await setMyChannel(b.staff[0]!.ctx, "APP_ONLY");
    const roundB = await openTestRound(b.lead, { reminders: { firstDaysBefore: 2, secondDaysBefore: null } });
    await withScope({ schoolId: a.school.id }, async (tx) => {
      expect(await tx.reminderChannel.findUnique({ where: { personId: b.staff[0]!.id } })).toBeNull();
      expect(await tx.roundReminders.findUnique({ where: { roundId: roundB.id } })).toBeNull();
    });
    // Acting as one person, another's channel cannot be written.
    await expect(
      withScope({ personId: a.staff[0]!.id }, (tx) =>
        tx.reminderChannel.create({ data: { personId: b.lead.personId, emailReminders: false } }),
      ),
    ).rejects.toThrow();
    expect(await ownerDb().reminderChannel.findUnique({ where: { personId: b.lead.personId } })).toBeNull();
  });
});

describe("job health", () => {
  it("reports runs and mail outcomes without any school data", async () => {
    const health = await jobHealth();
    // The queues above were started directly, not by this process's startJobs().
    expect(health.mode).toBe("elsewhere");
    expect(health.lastRun["round-reminders"]).toMatchObject({ ok: true });
    expect(health.mail.sentLast24h).toBeGreaterThan(0);
    expect(health.failedLast24h).toBe(0);
  });
});
