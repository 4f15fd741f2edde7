import "server-only";
// The checks every assessment write makes, inside the caller's transaction: the round is this
// school's and open, the page's framework version is the round's, and the response is the
// signed-in person's own (looked up by round and person, or in CONFIDENTIAL rounds by the person's
// keyed pseudonym; never by an id from the client).
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import { loadVersion, type StoredVersion } from "../framework/store";
import type { Prisma } from "../generated/prisma/client";
import type { JobRole } from "../generated/prisma/enums";
import { askedPerson } from "../rounds/members";
import { roundStatus } from "../rounds/rules";
import type { SchoolContext } from "../tenancy/context";
import { formatDate } from "../format";
import { pseudonymFor } from "./pseudonym";

export type Round = Prisma.RoundGetPayload<object>;
export type Response = Prisma.ResponseGetPayload<object>;

export async function findRound(tx: Tx, ctx: SchoolContext, roundId: string): Promise<Round> {
  const round = await tx.round.findFirst({ where: { id: roundId, schoolId: ctx.schoolId } });
  if (!round) throw new UserError("That round was not found.", "not_found");
  return round;
}

export function requireOpen(round: Round, now: Date): void {
  const status = roundStatus(round, now);
  if (status === "SCHEDULED")
    throw new UserError(`This round opens on ${formatDate(round.opensAt)}.`, "conflict");
  if (status === "CLOSED")
    throw new UserError("This round has closed, so answers can no longer be changed.", "conflict");
}

export function requireCurrentVersion(round: Round, frameworkVersionId: string): void {
  if (frameworkVersionId !== round.frameworkVersionId) {
    throw new UserError(
      "This page is out of date: the round uses a different version of the framework. Reload the page; answers already saved are kept.",
      "stale",
    );
  }
}

/**
 * The person's own response: by person in NAMED rounds, by their keyed pseudonym in CONFIDENTIAL
 * ones (decision 0045). A CONFIDENTIAL response from before then still names its person; it is
 * pseudonymised here, on first use.
 */
export async function findOwn(tx: Tx, ctx: SchoolContext, round: Round): Promise<Response | null> {
  const named = { roundId_personId: { roundId: round.id, personId: ctx.personId } };
  if (round.mode === "NAMED") return tx.response.findUnique({ where: named });
  const pseudonym = pseudonymFor(round.id, ctx.personId);
  const own = await tx.response.findUnique({
    where: { roundId_pseudonym: { roundId: round.id, pseudonym } },
  });
  if (own) return own;
  const legacy = await tx.response.findUnique({ where: named, select: { id: true } });
  if (!legacy) return null;
  return tx.response.update({ where: { id: legacy.id }, data: { personId: null, pseudonym } });
}

/**
 * A CONFIDENTIAL round's participation row, which the app writes because the response names no one
 * (a NAMED response's is kept in step by a trigger). It shares no id or time with the response.
 */
async function participate(
  tx: Tx,
  round: Round,
  personId: string,
  data: { jobRole: JobRole; requiredTier: number } | { status: "SUBMITTED" },
): Promise<void> {
  if (round.mode !== "CONFIDENTIAL") return;
  if ("status" in data) {
    await tx.participation.updateMany({ where: { roundId: round.id, personId }, data });
    return;
  }
  const { count } = await tx.participation.updateMany({ where: { roundId: round.id, personId }, data });
  if (count === 0)
    await tx.participation.createMany({
      data: [{ roundId: round.id, schoolId: round.schoolId, personId, status: "IN_PROGRESS", ...data }],
      skipDuplicates: true,
    });
}

/** Marks the person's participation submitted (CONFIDENTIAL rounds; a trigger does NAMED ones). */
export const participationSubmitted = (tx: Tx, round: Round, personId: string) =>
  participate(tx, round, personId, { status: "SUBMITTED" });

/** The person's response, made on first use; refused when the round does not ask them or is not open. */
export async function ensureResponse(tx: Tx, ctx: SchoolContext, round: Round, now: Date): Promise<Response> {
  const existing = await findOwn(tx, ctx, round);
  const person = await askedPerson(tx, round, ctx.personId);
  if (existing) {
    // Keep scope in step with a role change made while the person is still answering.
    if (
      existing.status === "IN_PROGRESS" &&
      person &&
      person.requiredTier !== existing.requiredTier &&
      roundStatus(round, now) === "OPEN"
    ) {
      const role = { jobRole: person.jobRole, requiredTier: person.requiredTier };
      await tx.response.updateMany({ where: { id: existing.id, status: "IN_PROGRESS" }, data: role });
      await participate(tx, round, ctx.personId, role);
      return (await findOwn(tx, ctx, round))!;
    }
    return existing;
  }
  if (!person) throw new UserError("This round does not ask you to take part.", "forbidden");
  requireOpen(round, now);
  const owner =
    round.mode === "CONFIDENTIAL"
      ? { personId: null, pseudonym: pseudonymFor(round.id, ctx.personId) }
      : { personId: ctx.personId };
  // ON CONFLICT DO NOTHING: two tabs starting at once still make one response.
  await tx.response.createMany({
    data: [
      {
        roundId: round.id,
        schoolId: round.schoolId,
        ...owner,
        frameworkVersionId: round.frameworkVersionId,
        jobRole: person.jobRole,
        requiredTier: person.requiredTier,
      },
    ],
    skipDuplicates: true,
  });
  await participate(tx, round, ctx.personId, { jobRole: person.jobRole, requiredTier: person.requiredTier });
  return (await findOwn(tx, ctx, round))!;
}

/**
 * Takes the response's row lock and confirms it is still in progress, so a save can never land
 * after a submit that is committing at the same moment.
 */
export async function lockInProgress(
  tx: Tx,
  response: Response,
  data: Prisma.ResponseUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.response.updateMany({ where: { id: response.id, status: "IN_PROGRESS" }, data });
  if (count === 0)
    throw new UserError(
      "You have already submitted this assessment, so your answers can no longer be changed.",
      "conflict",
    );
}

export async function versionOf(tx: Tx, round: Round): Promise<StoredVersion> {
  const v = await loadVersion(tx, round.frameworkVersionId);
  if (!v) throw new Error(`Round ${round.id} pins a framework version that cannot be read.`);
  return v;
}

export async function ratingsOf(tx: Tx, responseId: string) {
  return tx.answer.findMany({ where: { responseId }, orderBy: { competencyCode: "asc" } });
}
