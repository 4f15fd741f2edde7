import "server-only";
// Writes of the network (decision 0030). Every write names the signed-in school in its filter as
// well as in row-level security: another school's case study, even a published one this school can
// read, is "not found" to every write here, and nothing is stored.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can, rolesWith } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { criterionChoices } from "./criteria";
import type { caseStudyFormSchema, questionFormSchema, replyFormSchema } from "./forms";
import type { z } from "zod";

const NOT_FOUND = "That case study was not found.";
const notFound = (what = NOT_FOUND) => new UserError(what, "not_found");

async function ownCaseStudy(tx: Tx, ctx: SchoolContext, caseStudyId: string) {
  const study = await tx.caseStudy.findFirst({ where: { id: caseStudyId, schoolId: ctx.schoolId } });
  if (!study) throw notFound();
  return study;
}

/** In-app notices to the school's leads (those who manage its case studies). */
async function notifyLeads(tx: Tx, ctx: SchoolContext, caseStudyId: string, message: string) {
  const leads = await tx.membership.findMany({
    where: { schoolId: ctx.schoolId, role: { in: rolesWith("network:manage") } },
    select: { personId: true },
  });
  await tx.notification.createMany({
    data: leads.map((l) => ({ schoolId: ctx.schoolId, personId: l.personId, caseStudyId, message })),
  });
}

export async function setNetworkOptIn(ctx: SchoolContext, optIn: boolean) {
  return withScope(scopeOf(ctx), async (tx) => {
    await tx.school.update({ where: { id: ctx.schoolId }, data: { networkOptIn: optIn } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "network.opt-in-changed",
      schoolId: ctx.schoolId,
      detail: { optIn },
    });
    return { optIn };
  });
}

type CaseStudyForm = z.output<typeof caseStudyFormSchema>;

/** Creates a draft, or edits a draft (or a withdrawn one, which becomes a draft again). */
export async function saveCaseStudy(ctx: SchoolContext, input: CaseStudyForm) {
  return withScope(scopeOf(ctx), async (tx) => {
    if (input.criterionIds.length > 0) {
      const allowed = new Set((await criterionChoices(tx, ctx.schoolId)).map((c) => c.id));
      if (input.criterionIds.some((id) => !allowed.has(id)))
        throw new UserError("Please correct the highlighted fields.", "validation", {
          criterionIds: ["Choose criteria from your school's accreditation scheme."],
        });
    }
    let contactName = "";
    if (input.contactId) {
      const member = await tx.membership.findFirst({
        where: { personId: input.contactId, schoolId: ctx.schoolId },
        include: { person: { select: { name: true } } },
      });
      if (!member)
        throw new UserError("Please correct the highlighted fields.", "validation", {
          contactId: ["Choose someone from your school."],
        });
      contactName = member.person.name;
    }
    const content = {
      title: input.title,
      summary: input.summary,
      whatWeDid: input.whatWeDid,
      impact: input.impact,
      principleKeys: input.principleKeys,
      criterionIds: input.criterionIds,
      contactId: input.contactId || null,
      contactName,
    };
    let id = input.caseStudyId;
    if (!id) {
      ({ id } = await tx.caseStudy.create({
        data: { ...content, schoolId: ctx.schoolId, createdById: ctx.personId },
        select: { id: true },
      }));
    } else {
      const study = await ownCaseStudy(tx, ctx, id);
      if (study.status !== "DRAFT" && study.status !== "WITHDRAWN")
        throw new UserError(
          "This case study is with its contact or published. Withdraw it first to change it.",
          "conflict",
        );
      await tx.caseStudy.update({
        where: { id },
        data: { ...content, status: "DRAFT", agreedAt: null, declinedAt: null, withdrawnAt: null },
      });
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.saved",
      schoolId: ctx.schoolId,
      targetId: id,
    });
    return { id };
  });
}

/** Sends a draft to its named contact, who agrees or declines in Harbour. */
export async function askContact(ctx: SchoolContext, caseStudyId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const study = await ownCaseStudy(tx, ctx, caseStudyId);
    if (study.status !== "DRAFT") throw new UserError("Only a draft is sent to its contact.", "conflict");
    if (!study.contactId)
      throw new UserError("Choose a contact for this case study first.", "validation", {
        contactId: ["Choose a contact for this case study first."],
      });
    await tx.caseStudy.update({
      where: { id: study.id },
      data: { status: "AWAITING_CONTACT", agreedAt: null, declinedAt: null },
    });
    await tx.notification.create({
      data: {
        schoolId: ctx.schoolId,
        personId: study.contactId,
        caseStudyId: study.id,
        message: `You are asked to be the named contact for the case study "${study.title}". Please agree or decline.`,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.contact-asked",
      schoolId: ctx.schoolId,
      targetId: study.id,
    });
    return { status: "AWAITING_CONTACT" as const };
  });
}

/** The named contact's answer: only they can give it, and only while they are being asked. */
export async function decideConsent(ctx: SchoolContext, caseStudyId: string, decision: "agree" | "decline") {
  return withScope(scopeOf(ctx), async (tx) => {
    const study = await ownCaseStudy(tx, ctx, caseStudyId);
    if (study.contactId !== ctx.personId) throw notFound();
    if (study.status !== "AWAITING_CONTACT" || study.agreedAt)
      throw new UserError("You are not being asked about this case study now.", "conflict");
    const now = new Date();
    await tx.caseStudy.update({
      where: { id: study.id },
      data: decision === "agree" ? { agreedAt: now } : { status: "DRAFT", declinedAt: now },
    });
    const who = study.contactName || "The contact";
    await notifyLeads(
      tx,
      ctx,
      study.id,
      decision === "agree"
        ? `${who} agreed to be named for "${study.title}". It is ready to publish.`
        : `${who} declined to be named for "${study.title}". Choose another contact.`,
    );
    await audit(tx, {
      actorId: ctx.personId,
      action: decision === "agree" ? "case-study.contact-agreed" : "case-study.contact-declined",
      schoolId: ctx.schoolId,
      targetId: study.id,
    });
    return { decision };
  });
}

export async function publishCaseStudy(ctx: SchoolContext, caseStudyId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const study = await ownCaseStudy(tx, ctx, caseStudyId);
    if (study.status === "PUBLISHED")
      throw new UserError("This case study is already published.", "conflict");
    if (study.status !== "AWAITING_CONTACT" || !study.agreedAt)
      throw new UserError("The named contact must agree before the case study is published.", "conflict");
    await tx.caseStudy.update({
      where: { id: study.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), withdrawnAt: null },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.published",
      schoolId: ctx.schoolId,
      targetId: study.id,
    });
    return { status: "PUBLISHED" as const };
  });
}

/** A published case study leaves the network; one waiting for its contact goes back to draft. */
export async function withdrawCaseStudy(ctx: SchoolContext, caseStudyId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const study = await ownCaseStudy(tx, ctx, caseStudyId);
    if (study.status !== "PUBLISHED" && study.status !== "AWAITING_CONTACT")
      throw new UserError(
        "Only a published case study, or one with its contact, can be withdrawn.",
        "conflict",
      );
    const status = study.status === "PUBLISHED" ? "WITHDRAWN" : "DRAFT";
    await tx.caseStudy.update({
      where: { id: study.id },
      data: status === "WITHDRAWN" ? { status, withdrawnAt: new Date() } : { status, agreedAt: null },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.withdrawn",
      schoolId: ctx.schoolId,
      targetId: study.id,
    });
    return { status };
  });
}

/**
 * A lead asks another school about its published case study. Row-level security decides whether
 * this school can see it; the publishing school's contact and leads are notified by a trigger.
 */
export async function askQuestion(ctx: SchoolContext, input: z.output<typeof questionFormSchema>) {
  return withScope(scopeOf(ctx), async (tx) => {
    const study = await tx.caseStudy.findFirst({
      where: { id: input.caseStudyId, status: "PUBLISHED" },
      select: { id: true, schoolId: true },
    });
    if (!study) throw notFound();
    if (study.schoolId === ctx.schoolId)
      throw new UserError("This is your own school's case study: ask your colleagues directly.", "conflict");
    const me = await tx.person.findUniqueOrThrow({ where: { id: ctx.personId }, select: { name: true } });
    const question = await tx.caseStudyQuestion.create({
      data: {
        caseStudyId: study.id,
        schoolId: study.schoolId,
        askerSchoolId: ctx.schoolId,
        askerId: ctx.personId,
        askerName: me.name,
        askerSchoolName: ctx.schoolName,
        body: input.body,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.question-asked",
      schoolId: ctx.schoolId,
      targetId: question.id,
    });
    return question;
  });
}

/** The publishing school answers once: the named contact, or a lead of the school. */
export async function replyToQuestion(ctx: SchoolContext, input: z.output<typeof replyFormSchema>) {
  return withScope(scopeOf(ctx), async (tx) => {
    const question = await tx.caseStudyQuestion.findFirst({
      where: { id: input.questionId, schoolId: ctx.schoolId },
      include: { caseStudy: { select: { contactId: true } } },
    });
    if (!question) throw notFound("That question was not found.");
    if (question.caseStudy.contactId !== ctx.personId && !can(ctx.role, "network:manage"))
      throw new UserError("Only the case study's contact or a lead of your school can reply.", "forbidden");
    if (question.reply) throw new UserError("This question has already been answered.", "conflict");
    const me = await tx.person.findUniqueOrThrow({ where: { id: ctx.personId }, select: { name: true } });
    const done = await tx.caseStudyQuestion.updateMany({
      where: { id: question.id, schoolId: ctx.schoolId, reply: null },
      data: { reply: input.reply, repliedById: ctx.personId, replierName: me.name, repliedAt: new Date() },
    });
    if (done.count === 0) throw new UserError("This question has already been answered.", "conflict");
    await audit(tx, {
      actorId: ctx.personId,
      action: "case-study.question-answered",
      schoolId: ctx.schoolId,
      targetId: question.id,
    });
    return { id: question.id };
  });
}
