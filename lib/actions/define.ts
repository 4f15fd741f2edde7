import "server-only";
import type { z } from "zod";
import { currentPersonId } from "../auth/session";
import { UserError } from "../errors";
import { logError } from "../log";
import { can, type Permission } from "../permissions";
import {
  loadSchoolContext,
  loadTrustContext,
  type SchoolContext,
  type TrustContext,
} from "../tenancy/context";
import type { ActionResult } from "./result";

type Definition<S extends z.ZodType, C, R> = {
  name: string;
  permission: Permission;
  schema: S;
  run: (input: z.infer<S>, ctx: C) => Promise<R>;
};

const NOT_FOUND = "That was not found, or you no longer have access to it.";

/**
 * Every server action goes through here: who is signed in, their membership re-read from the
 * database (so a removed role stops working at once), the permission, then the input, then the work.
 */
function define<S extends z.ZodType, C extends { role: Parameters<typeof can>[0] }, R>(
  load: (personId: string, tenantId: string) => Promise<C | null>,
  def: Definition<S, C, R>,
) {
  return async (tenantId: string, raw: unknown): Promise<ActionResult<R>> => {
    try {
      const personId = await currentPersonId();
      if (!personId) return { ok: false, message: "Your session has ended. Please sign in again." };
      const ctx = typeof tenantId === "string" ? await load(personId, tenantId) : null;
      if (!ctx) return { ok: false, message: NOT_FOUND };
      if (!can(ctx.role, def.permission)) return { ok: false, message: "You do not have permission to do that." };
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await def.run(parsed.data, ctx) };
    } catch (error) {
      if (error instanceof UserError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      }
      const id = logError(error, def.name);
      return { ok: false, message: `Something went wrong on our side (reference ${id}). Nothing was saved.` };
    }
  };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export const schoolAction = <S extends z.ZodType, R>(def: Definition<S, SchoolContext, R>) =>
  define(loadSchoolContext, def);

export const trustAction = <S extends z.ZodType, R>(def: Definition<S, TrustContext, R>) =>
  define(loadTrustContext, def);
