import "server-only";
// Autosave's hot path (decision 0038): one statement, one short transaction. The SQL function
// save_answers (migration 20261205140000) sets the row-level-security scope, checks the session
// version, the membership, the round (this school's, open, the page's framework version) and the
// response (the person's own, still in progress, locked), then upserts the answers. Only the
// framework version's codes and tiers come from here, cached by version id: a version never changes.
import type { ActionResult } from "../actions/result";
import type { SignInMethod } from "../auth/sign-in-method";
import { getPrisma, serverPool } from "../db/client";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { loadVersion } from "../framework/store";
import { formatDate } from "../format";
import { ROLE_PERMISSIONS } from "../permissions";
import { loadSchoolContext } from "../tenancy/context";
import { saveWaitsForSecondStep, SET_UP_FIRST } from "../two-factor/requirement";
import { pseudonymFor } from "./pseudonym";
import { saveAnswers } from "./queries";
import type { saveAnswersSchema } from "./rules";
import type { z } from "zod";

type Input = z.infer<typeof saveAnswersSchema>;
type Who = { personId: string; sessionVersion: number; via: SignInMethod };
export type Saved = { saved: number; savedAt: Date };

/** Stands for a code the version does not have: above every tier, so never in anyone's scope. */
const UNKNOWN_TIER = 99;
const TAKERS = Object.entries(ROLE_PERMISSIONS)
  .filter(([, permissions]) => permissions.includes("assessment:take"))
  .map(([role]) => role);

const versions = new Map<string, Map<string, number>>();
const MAX_VERSIONS = 1000;

/** A version's code -> tier, read once in the person's own scope (so only a version they may read). */
async function tiersOf(who: Who, schoolId: string, versionId: string): Promise<Map<string, number> | null> {
  const cached = versions.get(versionId);
  if (cached) return cached;
  const version = await withScope({ personId: who.personId, schoolId }, (tx) => loadVersion(tx, versionId));
  if (!version) return null;
  const tiers = new Map(version.content.competencies.map((c) => [c.code, c.tier as number]));
  if (versions.size >= MAX_VERSIONS) versions.delete(versions.keys().next().value!);
  versions.set(versionId, tiers);
  return tiers;
}

type Outcome = {
  outcome:
    | "saved"
    | "signed_out"
    | "not_found"
    | "stale"
    | "closed"
    | "scheduled"
    | "submitted"
    | "no_response"
    | "out_of_scope";
  opensAt?: string;
  codes?: string[];
};

// The save waits for Postgres to flush its commit to disk, like every other transaction: an answer the
// page was told is saved must survive a database crash (decision 0048 says why not asynchronous commit).
export const SAVE_ANSWERS_SQL = `SELECT save_answers($1, $2, $3, $4, $5::integer, $6::text[], $7::text[],
  $8::integer[], $9::integer[], $10::text[], $11::integer, $12::timestamptz, $13) AS result`;

const SUBMITTED = "You have already submitted this assessment, so your answers can no longer be changed.";

/** Saves a batch of answers for the signed-in person, or says why not; nothing is written on a refusal. */
export async function saveAnswersFast(
  who: Who,
  schoolId: string,
  input: Input,
  now = new Date(),
): Promise<ActionResult<Saved>> {
  // Leaders who must set up two-step sign-in do that before anything else, autosave included.
  if (await saveWaitsForSecondStep(who)) return { ok: false, code: "forbidden", message: SET_UP_FIRST };
  const tiers = (await tiersOf(who, schoolId, input.frameworkVersionId)) ?? new Map<string, number>();
  const codes = input.answers.map((a) => a.competencyCode);
  const params = [
    who.personId,
    schoolId,
    input.roundId,
    input.frameworkVersionId,
    who.sessionVersion,
    TAKERS,
    codes,
    codes.map((c) => tiers.get(c) ?? UNKNOWN_TIER),
    input.answers.map((a) => a.rating),
    input.answers.map((a) => a.comment || null),
    input.currentStep ?? null,
    now,
    // Used only if the round is CONFIDENTIAL (the SQL reads its mode): where the response is (decision 0045).
    pseudonymFor(input.roundId, who.personId),
  ] as const;
  const pool = await serverPool();
  // On a server, straight onto Prisma's own pool (one statement needs none of Prisma's work).
  const [row] = pool
    ? (await pool.query<{ result: Outcome }>(SAVE_ANSWERS_SQL, [...params])).rows
    : await (await getPrisma()).$queryRawUnsafe<{ result: Outcome }[]>(SAVE_ANSWERS_SQL, ...params);
  const out = row!.result;
  switch (out.outcome) {
    case "saved":
      return { ok: true, data: { saved: codes.length, savedAt: now } };
    case "signed_out":
      return { ok: false, code: "signed_out", message: "Your session has ended. Please sign in again." };
    case "not_found":
      return {
        ok: false,
        code: "not_found",
        message: "That was not found, or you no longer have access to it.",
      };
    case "stale":
      return {
        ok: false,
        code: "stale",
        message:
          "This page is out of date: the round uses a different version of the framework. Reload the page; answers already saved are kept.",
      };
    case "closed":
      return {
        ok: false,
        code: "conflict",
        message: "This round has closed, so answers can no longer be changed.",
      };
    case "scheduled":
      return {
        ok: false,
        code: "conflict",
        message: `This round opens on ${formatDate(new Date(out.opensAt!))}.`,
      };
    case "submitted":
      return { ok: false, code: "conflict", message: SUBMITTED };
    case "out_of_scope": {
      const outside = new Set(out.codes);
      const fieldErrors: Record<string, string[]> = {};
      codes.forEach((code, i) => {
        if (!outside.has(code)) return;
        fieldErrors[`answers.${i}.competencyCode`] = [
          tiers.has(code)
            ? `${code} is not one of your questions in this round.`
            : `${code} is not a competency in this round.`,
        ];
      });
      return {
        ok: false,
        code: "invalid",
        message: "Some answers do not belong to this round; nothing was saved.",
        fieldErrors,
      };
    }
    case "no_response":
      // The first save before the page made the response (rare): the full path makes it.
      return slowSave(who, schoolId, input, now);
  }
}

async function slowSave(who: Who, schoolId: string, input: Input, now: Date): Promise<ActionResult<Saved>> {
  const ctx = await loadSchoolContext(who.personId, schoolId);
  if (!ctx || !TAKERS.includes(ctx.role))
    return {
      ok: false,
      code: "not_found",
      message: "That was not found, or you no longer have access to it.",
    };
  try {
    return { ok: true, data: await saveAnswers(ctx, input, now) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const code = error.kind === "validation" ? "invalid" : error.kind;
    return {
      ok: false,
      code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    };
  }
}
