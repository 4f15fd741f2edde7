import "server-only";
// The checks every assessment write makes, inside the caller's transaction: the round is this
// school's and open, the page's framework version is the round's, and the response is the
// signed-in person's own (looked up by round and person, never by an id from the client).
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import { loadVersion, type StoredVersion } from "../framework/store";
import type { Prisma } from "../generated/prisma/client";
import { askedPerson } from "../rounds/members";
import { roundStatus } from "../rounds/rules";
import type { SchoolContext } from "../tenancy/context";
import { formatDate } from "../format";

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

export const findOwn = (tx: Tx, ctx: SchoolContext, roundId: string) =>
  tx.response.findUnique({ where: { roundId_personId: { roundId, personId: ctx.personId } } });

/** The person's response, made on first use; refused when the round does not ask them or is not open. */
export async function ensureResponse(tx: Tx, ctx: SchoolContext, round: Round, now: Date): Promise<Response> {
  const existing = await findOwn(tx, ctx, round.id);
  const person = await askedPerson(tx, round, ctx.personId);
  if (existing) {
    // Keep scope in step with a role change made while the person is still answering.
    if (
      existing.status === "IN_PROGRESS" &&
      person &&
      person.requiredTier !== existing.requiredTier &&
      roundStatus(round, now) === "OPEN"
    ) {
      await tx.response.updateMany({
        where: { id: existing.id, status: "IN_PROGRESS" },
        data: { jobRole: person.jobRole, requiredTier: person.requiredTier },
      });
      return (await findOwn(tx, ctx, round.id))!;
    }
    return existing;
  }
  if (!person) throw new UserError("This round does not ask you to take part.", "forbidden");
  requireOpen(round, now);
  // ON CONFLICT DO NOTHING: two tabs starting at once still make one response.
  await tx.response.createMany({
    data: [
      {
        roundId: round.id,
        schoolId: round.schoolId,
        personId: ctx.personId,
        frameworkVersionId: round.frameworkVersionId,
        jobRole: person.jobRole,
        requiredTier: person.requiredTier,
      },
    ],
    skipDuplicates: true,
  });
  return (await findOwn(tx, ctx, round.id))!;
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
