import "server-only";
import type { z } from "zod";
import { currentPersonId } from "../auth/session";
import { isOverload } from "../db/errors";
import { UserError, type FieldErrors, type UserErrorKind } from "../errors";
import { logError } from "../log";
import { unstorableText } from "../text";
import { can, type Permission } from "../permissions";
import {
  loadOperatorContext,
  loadSchoolContext,
  loadTrustContext,
  type OperatorContext,
  type SchoolContext,
  type TrustContext,
} from "../tenancy/context";
import { loadValidatorContext, type ValidatorContext } from "../action-plan/validators";
import { loadAssessorContext, type AssessorContext } from "../accreditation/reviewer";
import type { ActionResult, FailureCode } from "./result";
import { actionsWaitForSecondStep, SET_UP_FIRST } from "../two-factor/requirement";

type Definition<S extends z.ZodType, C, R> = {
  name: string;
  permission: Permission;
  schema: S;
  run: (input: z.output<S>, ctx: C) => Promise<R>;
};

const NOT_FOUND = "That was not found, or you no longer have access to it.";

const CODE_OF: Record<UserErrorKind, FailureCode> = {
  validation: "invalid",
  not_found: "not_found",
  conflict: "conflict",
  forbidden: "forbidden",
  stale: "stale",
  busy: "busy",
  rate_limited: "rate_limited",
};

/**
 * Every server action goes through here: who is signed in, their membership re-read from the
 * database (so a removed role stops working at once), the permission, then the input, then the work.
 * The tenant id comes from the page's URL (bound on the server), and is checked like any other input.
 */
function tenantAction<S extends z.ZodType, C extends SchoolContext | TrustContext, R>(
  load: (personId: string, tenantId: string) => Promise<C | null>,
  def: Definition<S, C, R>,
) {
  return (tenantId: string, raw: unknown): Promise<ActionResult<R>> =>
    authorised(def, raw, (personId) => (typeof tenantId === "string" ? load(personId, tenantId) : null));
}

/** Who is signed in, their context re-read, the permission, then the input, then the work. */
function authorised<
  S extends z.ZodType,
  C extends SchoolContext | TrustContext | OperatorContext | ValidatorContext | AssessorContext,
  R,
>(
  def: Definition<S, C, R>,
  raw: unknown,
  load: (personId: string) => Promise<C | null> | null,
): Promise<ActionResult<R>> {
  return guarded(def.name, async () => {
    const personId = await currentPersonId();
    if (!personId)
      return { ok: false, code: "signed_out", message: "Your session has ended. Please sign in again." };
    if (await actionsWaitForSecondStep(personId))
      return { ok: false, code: "forbidden", message: SET_UP_FIRST };
    const ctx = await load(personId);
    if (!ctx) return { ok: false, code: "not_found", message: NOT_FOUND };
    if (!can(ctx.role, def.permission))
      return { ok: false, code: "forbidden", message: "You do not have permission to do that." };
    return parsed(def.schema, raw, (input) => def.run(input, ctx));
  });
}

export const schoolAction = <S extends z.ZodType, R>(def: Definition<S, SchoolContext, R>) =>
  tenantAction(loadSchoolContext, def);

export const trustAction = <S extends z.ZodType, R>(def: Definition<S, TrustContext, R>) =>
  tenantAction(loadTrustContext, def);

/** Actions of the person who runs this Harbour server: there is no tenant id to check. */
export const operatorAction =
  <S extends z.ZodType, R>(def: Definition<S, OperatorContext, R>) =>
  (raw: unknown): Promise<ActionResult<R>> =>
    authorised(def, raw, loadOperatorContext);

/**
 * Actions of an external validator (decision 0024): someone who accepted a school's link. There is
 * no tenant id: row-level security shows them only the versions sent to them.
 */
export const validatorAction =
  <S extends z.ZodType, R>(def: Definition<S, ValidatorContext, R>) =>
  (raw: unknown): Promise<ActionResult<R>> =>
    authorised(def, raw, loadValidatorContext);

/**
 * Actions of a peer reviewer acting as an assessor (decision 0028): no tenant id; row-level security
 * shows them only the submissions assigned to them.
 */
export const assessorAction =
  <S extends z.ZodType, R>(def: Definition<S, AssessorContext, R>) =>
  (raw: unknown): Promise<ActionResult<R>> =>
    authorised(def, raw, loadAssessorContext);

/**
 * A person's actions on their own account (two-step sign-in, downloading or erasing what Harbour
 * holds about them): being signed in is the permission, and the scope is the person alone, in no
 * school or trust. Open to those who must still set up two-step sign-in.
 */
export type PersonContext = { kind: "person"; personId: string };

export function accountAction<S extends z.ZodType, R>(
  def: Omit<Definition<S, PersonContext, R>, "permission">,
) {
  return (raw: unknown): Promise<ActionResult<R>> =>
    guarded(def.name, async () => {
      const personId = await currentPersonId();
      if (!personId)
        return { ok: false, code: "signed_out", message: "Your session has ended. Please sign in again." };
      return parsed(def.schema, raw, (input) => def.run(input, { kind: "person", personId }));
    });
}

/** For the few actions taken before anyone is signed in (accepting an invitation). */
export function publicAction<S extends z.ZodType, R>(def: Omit<Definition<S, null, R>, "permission">) {
  return (raw: unknown): Promise<ActionResult<R>> =>
    guarded(def.name, () => parsed(def.schema, raw, (input) => def.run(input, null)));
}

async function parsed<S extends z.ZodType, R>(
  schema: S,
  raw: unknown,
  work: (input: z.output<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  // Refused before the schema: zod would let it through, and the database client fails on it.
  const broken = unstorableText(raw);
  if (broken)
    return {
      ok: false,
      code: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { [broken.path]: [broken.message] },
    };
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      code: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(result.error),
    };
  }
  return { ok: true, data: await work(result.data) };
}

const BUSY = "Harbour is busy just now. Nothing was saved; please try again in a moment.";

async function guarded<R>(name: string, work: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) {
      return {
        ok: false,
        code: CODE_OF[error.kind],
        message: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      };
    }
    // The database is away or at capacity: nothing is wrong with the request, and the page keeps it.
    if (isOverload(error)) return { ok: false, code: "busy", message: BUSY };
    const id = logError(error, name);
    return {
      ok: false,
      code: "unexpected",
      message: `Something went wrong on our side (reference ${id}). Nothing was saved.`,
    };
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
