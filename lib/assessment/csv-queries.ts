import "server-only";
// Importing responses into a round from CSV (all or nothing, in one transaction) and exporting a
// round's submitted responses: with emails for NAMED rounds; without identifiers, shuffled, and
// only once at least k people have submitted for CONFIDENTIAL ones.
import { createHmac } from "node:crypto";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { loadVersion } from "../framework/store";
import { Prisma } from "../generated/prisma/client";
import { LEFT_THE_SCHOOL } from "../people/queries";
import { can } from "../permissions";
import { loadTierOverrides } from "../rounds/members";
import { confidentialExportRows } from "../disclosure";
import { loadRoundGapData, publish } from "../gaps/queries";
import { confidentialFiguresWithheld, isAsked, roundStatus } from "../rounds/rules";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { JOB_ROLES, requiredTier } from "../tiers";
import { pseudonymFor } from "./pseudonym";
import {
  checkResponseCsv,
  confidentialExportCsv,
  namedExportCsv,
  problemsAsText,
  type ImportMember,
} from "./csv-import";

function requireLeader(ctx: SchoolContext, what: string) {
  if (!can(ctx.role, "rounds:view")) {
    throw new UserError(`Only school leaders can ${what}.`, "forbidden");
  }
}

/** Imports CSV ratings as submitted responses. Any bad row: every problem reported, nothing written. */
export async function importResponses(ctx: SchoolContext, roundId: string, text: string, now = new Date()) {
  if (!can(ctx.role, "rounds:manage")) {
    throw new UserError("Only the senior mental health lead can import responses.", "forbidden");
  }
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const round = await tx.round.findFirst({ where: { id: roundId, schoolId: ctx.schoolId } });
      if (!round) throw new UserError("That round was not found.", "not_found");
      if (roundStatus(round, now) !== "OPEN") {
        throw new UserError(
          "Responses can only be imported while the round is open. Extend the round first.",
          "conflict",
        );
      }
      const version = await loadVersion(tx, round.frameworkVersionId);
      if (!version) throw new Error(`Round ${round.id} pins a framework version that cannot be read.`);
      const memberships = await tx.membership.findMany({
        where: { schoolId: ctx.schoolId, jobRole: { not: null } },
        include: { person: { select: { email: true } } },
      });
      const overrides = await loadTierOverrides(tx, ctx.schoolId);
      // Participation, not Response: a CONFIDENTIAL response names no one (decision 0045).
      const responded = new Set(
        (await tx.participation.findMany({ where: { roundId }, select: { personId: true } })).map(
          (r) => r.personId,
        ),
      );
      const members = new Map<
        string,
        ImportMember & { jobRole: NonNullable<(typeof memberships)[number]["jobRole"]> }
      >();
      for (const m of memberships) {
        const jobRole = m.jobRole!;
        members.set(m.person.email, {
          personId: m.personId,
          jobRole,
          asked: isAsked(round, jobRole),
          requiredTier: requiredTier(jobRole, overrides),
          hasResponse: responded.has(m.personId),
        });
      }

      const checked = checkResponseCsv(text, { competencies: version.content.competencies, members });
      if (!checked.ok) {
        const n = checked.problems.length;
        throw new UserError(
          `${n} ${n === 1 ? "problem" : "problems"} in the file; nothing was imported.`,
          "validation",
          { file: problemsAsText(checked.problems) },
        );
      }

      // CONFIDENTIAL: stored under each person's pseudonym, as answering online would (decision 0045).
      const confidential = round.mode === "CONFIDENTIAL";
      const keyOf = (personId: string) => (confidential ? pseudonymFor(roundId, personId) : personId);
      // Answers first, then submit: the database refuses answers on a response already submitted.
      const created = await tx.response.createManyAndReturn({
        data: checked.responses.map((r) => ({
          roundId,
          schoolId: ctx.schoolId,
          ...(confidential ? { pseudonym: keyOf(r.personId) } : { personId: r.personId }),
          frameworkVersionId: round.frameworkVersionId,
          jobRole: members.get(r.email)!.jobRole,
          requiredTier: r.requiredTier,
          source: "CSV_IMPORT" as const,
        })),
        select: { id: true, personId: true, pseudonym: true },
      });
      const idOf = new Map(created.map((c) => [c.personId ?? c.pseudonym, c.id]));
      const answers = checked.responses.flatMap((r) =>
        [...r.ratings].map(([competencyCode, rating]) => ({
          responseId: idOf.get(keyOf(r.personId))!,
          schoolId: ctx.schoolId,
          competencyCode,
          rating,
        })),
      );
      await tx.answer.createMany({ data: answers });
      await tx.response.updateMany({
        where: { id: { in: created.map((c) => c.id) } },
        data: { status: "SUBMITTED", submittedAt: now },
      });
      // A NAMED response's participation is written by a trigger; a CONFIDENTIAL one's here, in
      // person-id order rather than the file's, so the order does not pair rows with responses.
      if (confidential)
        await tx.participation.createMany({
          data: [...checked.responses]
            .sort((a, b) => a.personId.localeCompare(b.personId))
            .map((r) => ({
              roundId,
              schoolId: ctx.schoolId,
              personId: r.personId,
              jobRole: members.get(r.email)!.jobRole,
              requiredTier: r.requiredTier,
              status: "SUBMITTED" as const,
            })),
        });
      await audit(tx, {
        actorId: ctx.personId,
        action: "responses.imported",
        schoolId: ctx.schoolId,
        targetId: roundId,
        detail: { people: created.length, answers: answers.length },
      });
      return { people: created.length, answers: answers.length };
    });
  } catch (error) {
    // Someone began answering online while the import ran: their response now exists.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError(
        "Someone started this round online while the file was importing. Nothing was imported; please try again.",
        "conflict",
      );
    }
    throw error;
  }
}

/** A random-looking but repeatable order that says nothing about who responded when. */
function shuffleKey(responseId: string): string {
  return createHmac("sha256", getConfig().authSecret).update(`export:${responseId}`).digest("hex");
}

// Someone removed from the school: row-level security no longer lets the school read their person
// row, but their answers stay with the school (and in its figures), so they are exported unnamed.
const LEFT = { email: "", name: LEFT_THE_SCHOOL, order: "\uffff" };

/** Email and name of the respondents the school can still see (its members), by person id. */
async function namedRespondents(tx: Tx, personIds: string[]) {
  const people = await tx.person.findMany({
    where: { id: { in: personIds } },
    select: { id: true, email: true, name: true },
  });
  return new Map(people.map((p) => [p.id, { email: p.email, name: p.name, order: p.email }]));
}

export async function exportResponses(ctx: SchoolContext, roundId: string, now = new Date()) {
  requireLeader(ctx, "export responses");
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await tx.round.findFirst({ where: { id: roundId, schoolId: ctx.schoolId } });
    if (!round) throw new UserError("That round was not found.", "not_found");
    const responses = await tx.response.findMany({
      where: { roundId, status: "SUBMITTED" },
      include: { answers: { orderBy: { competencyCode: "asc" } } },
      orderBy: { id: "asc" },
    });
    const answersOf = (r: (typeof responses)[number]) =>
      r.answers.map((a) => ({ code: a.competencyCode, rating: a.rating, comment: a.comment }));
    const slug =
      round.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 40) || "round";
    let text: string;
    if (round.mode === "NAMED") {
      // DESIGN.md: trust views never show individuals, even a named round's.
      if (!can(ctx.role, "answers:view-named"))
        throw new UserError("Trust leaders see aggregates only.", "forbidden");
      const who = await namedRespondents(
        tx,
        responses.flatMap((r) => (r.personId ? [r.personId] : [])),
      );
      const named = responses
        .map((r) => ({ r, person: (r.personId && who.get(r.personId)) || LEFT }))
        .sort((a, b) => a.person.order.localeCompare(b.person.order) || a.r.id.localeCompare(b.r.id));
      text = namedExportCsv(
        named.map(({ r, person }) => ({
          email: person.email,
          name: person.name,
          jobRole: JOB_ROLES[r.jobRole].label,
          requiredTier: r.requiredTier,
          submittedAt: r.submittedAt!,
          answers: answersOf(r),
        })),
      );
    } else {
      // The same publication as the gap report (lib/disclosure): only once the round has closed with
      // at least k respondents, only the statements it reports, every respondent the same shape.
      const data = await loadRoundGapData(tx, ctx, roundId);
      const withheld = confidentialFiguresWithheld(data.round, data.respondents.length, data.k, now);
      if (withheld) throw new UserError(withheld, "conflict");
      text = confidentialExportCsv(
        confidentialExportRows(publish(data, ctx), data.competencies, data.respondents, shuffleKey),
      );
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: "responses.exported",
      schoolId: ctx.schoolId,
      targetId: roundId,
      detail: { respondents: responses.length },
    });
    return { filename: `${slug}-responses.csv`, contentType: "text/csv", text };
  });
}
