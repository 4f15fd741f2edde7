import "server-only";
// Everything Harbour holds about one person, as one JSON document (decision 0041). Read as that
// person: their own rows wherever row-level security lets a person read their own, and, for each
// school they belong to, their rows there. Never anyone else's answers.
import { audit } from "../audit/record";
import { pseudonymFor } from "../assessment/pseudonym";
import { setScope, withScope, type Tx } from "../db/scope";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Read in the school's scope, where the round (title, mode, dates) is readable too. */
async function ownResponses(tx: Tx, personId: string, schoolId: string) {
  // CONFIDENTIAL responses name no one: they are found by the pseudonyms of the rounds the person
  // took part in, which row-level security then lets this transaction read (decision 0045).
  const rounds = await tx.participation.findMany({
    where: { personId, schoolId },
    select: { roundId: true },
  });
  const pseudonyms = rounds.map((r) => pseudonymFor(r.roundId, personId));
  await setScope(tx, { pseudonyms: pseudonyms.join(",") });
  const rows = await tx.response.findMany({
    where: { schoolId, OR: [{ personId }, { pseudonym: { in: pseudonyms } }] },
    include: {
      round: {
        select: {
          title: true,
          mode: true,
          opensAt: true,
          closesAt: true,
          school: { select: { name: true } },
        },
      },
      answers: {
        select: { competencyCode: true, rating: true, comment: true, updatedAt: true },
        orderBy: { competencyCode: "asc" },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    school: r.round.school.name,
    round: r.round.title,
    mode: r.round.mode === "NAMED" ? "named" : "confidential",
    roundOpened: iso(r.round.opensAt),
    roundCloses: iso(r.round.closesAt),
    status: r.status === "SUBMITTED" ? "submitted" : "in progress",
    source: r.source === "ONLINE" ? "answered online" : "imported by the school",
    jobRole: r.jobRole,
    requiredTier: r.requiredTier,
    startedAt: iso(r.createdAt),
    submittedAt: iso(r.submittedAt),
    barriers: r.barriers,
    barrierOther: r.barrierOther,
    preferredFormats: r.preferredFormats,
    overallConfidence: r.overallConfidence,
    wellbeing: r.wellbeing,
    answers: r.answers.map((a) => ({
      competency: a.competencyCode,
      rating: a.rating,
      comment: a.comment,
      savedAt: iso(a.updatedAt),
    })),
  }));
}

/** The schools whose rows the person has: where they belong now, and where they answered a round. */
async function schoolsOf(tx: Tx, personId: string): Promise<string[]> {
  const [members, responses] = await Promise.all([
    tx.membership.findMany({ where: { personId, schoolId: { not: null } }, select: { schoolId: true } }),
    tx.participation.findMany({ where: { personId }, select: { schoolId: true }, distinct: ["schoolId"] }),
  ]);
  return [...new Set([...members.map((m) => m.schoolId!), ...responses.map((r) => r.schoolId)])].sort();
}

async function inSchool(tx: Tx, personId: string, schoolId: string) {
  await setScope(tx, { personId, schoolId });
  const [responses, records, attending, development, school] = await Promise.all([
    ownResponses(tx, personId, schoolId),
    tx.trainingRecord.findMany({
      where: { personId, schoolId },
      include: { course: { select: { title: true, provider: true } } },
      orderBy: [{ completedOn: "asc" }, { id: "asc" }],
    }),
    tx.planAttendee.findMany({
      where: { personId, schoolId },
      include: {
        planItem: {
          select: {
            term: true,
            course: { select: { title: true } },
            planVersion: { select: { number: true, status: true, plan: { select: { title: true } } } },
          },
        },
      },
    }),
    tx.leadSelfAssessment.findMany({ where: { personId, schoolId }, orderBy: { assessedAt: "asc" } }),
    tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } }),
  ]);
  return {
    responses,
    trainingRecords: records.map((r) => ({
      school: school.name,
      training: r.course ? `${r.course.title} (${r.course.provider})` : r.externalTitle,
      completedOn: iso(r.completedOn)?.slice(0, 10) ?? null,
      hours: r.hours,
      note: r.note,
      expiresOn: iso(r.expiresOn)?.slice(0, 10) ?? null,
    })),
    plansAttended: attending.map((a) => ({
      school: school.name,
      plan: a.planItem.planVersion.plan.title,
      planVersion: a.planItem.planVersion.number,
      planStatus: a.planItem.planVersion.status === "APPROVED" ? "approved" : "draft",
      course: a.planItem.course.title,
      term: a.planItem.term,
    })),
    developmentRecords: development.map((d) => ({
      school: school.name,
      assessedAt: iso(d.assessedAt),
      ratings: d.ratings,
      note: d.note,
    })),
  };
}

export type PersonalData = Awaited<ReturnType<typeof personalData>>;

/** The whole document; the download is audited in each school the person belongs to. */
export async function personalData(personId: string, now = new Date()) {
  return withScope({ personId }, async (tx) => {
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { id: true, name: true, email: true, emailVerifiedAt: true, createdAt: true },
    });
    const memberships = await tx.membership.findMany({
      where: { personId },
      include: { school: { select: { name: true } }, trust: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    });
    const notifications = await tx.notification.findMany({
      where: { personId },
      select: { message: true, createdAt: true, readAt: true },
      orderBy: { createdAt: "asc" },
    });
    const channel = await tx.reminderChannel.findUnique({ where: { personId } });
    const auditEvents = await tx.auditEvent.findMany({
      where: {
        OR: [
          { actorId: personId },
          { targetId: personId },
          { detail: { path: ["email"], equals: person.email } },
        ],
      },
      select: {
        at: true,
        action: true,
        actorId: true,
        targetId: true,
        schoolId: true,
        trustId: true,
        detail: true,
      },
      orderBy: { at: "asc" },
      take: 10_000,
    });
    const perSchool = [];
    for (const schoolId of await schoolsOf(tx, personId))
      perSchool.push(await inSchool(tx, personId, schoolId));
    const responses = perSchool.flatMap((s) => s.responses);
    await setScope(tx, { personId, schoolId: "" });
    for (const m of memberships) {
      if (!m.schoolId && !m.trustId) continue;
      await setScope(tx, { personId, schoolId: m.schoolId ?? "", trustId: m.trustId ?? "" });
      await audit(tx, {
        actorId: personId,
        action: "account.data-downloaded",
        schoolId: m.schoolId,
        trustId: m.trustId,
        targetId: personId,
      });
    }
    return {
      about: "Everything Harbour holds about you, as of the moment you downloaded it.",
      downloadedAt: now.toISOString(),
      account: {
        id: person.id,
        name: person.name,
        email: person.email,
        emailConfirmedAt: iso(person.emailVerifiedAt),
        createdAt: iso(person.createdAt),
        reminders: channel ? "in Harbour only" : "email and in Harbour",
      },
      memberships: memberships.map((m) => ({
        school: m.school?.name ?? null,
        trust: m.trust?.name ?? null,
        role: m.role,
        jobRole: m.jobRole,
        since: iso(m.createdAt),
      })),
      namedResponses: responses.filter((r) => r.mode === "named"),
      confidentialResponses: responses.filter((r) => r.mode === "confidential"),
      trainingRecords: perSchool.flatMap((s) => s.trainingRecords),
      plansAttended: perSchool.flatMap((s) => s.plansAttended),
      developmentRecords: perSchool.flatMap((s) => s.developmentRecords),
      notifications: notifications.map((n) => ({
        message: n.message,
        at: iso(n.createdAt),
        readAt: iso(n.readAt),
      })),
      auditEvents: auditEvents.map((e) => ({
        at: iso(e.at),
        action: e.action,
        byYou: e.actorId === personId,
        aboutYou: e.targetId === personId,
        detail: e.detail,
      })),
    };
  });
}
