import "server-only";
import { notFound } from "next/navigation";
import { requirePersonId } from "../auth/session";
import { can, type Permission } from "../permissions";
import {
  loadOperatorContext,
  loadSchoolContext,
  loadTrustContext,
  type OperatorContext,
  type SchoolContext,
  type TrustContext,
} from "./context";

// Pages: not signed in goes to sign-in; another tenant's resource, or one this role may not see, is a 404.
export async function requireSchool(schoolId: string, permission?: Permission): Promise<SchoolContext> {
  const ctx = await loadSchoolContext(await requirePersonId(), schoolId);
  if (!ctx || (permission && !can(ctx.role, permission))) notFound();
  return ctx;
}

export async function requireTrust(trustId: string, permission?: Permission): Promise<TrustContext> {
  const ctx = await loadTrustContext(await requirePersonId(), trustId);
  if (!ctx || (permission && !can(ctx.role, permission))) notFound();
  return ctx;
}

/** Operator pages: anyone else gets a 404, as for another school's page. */
export async function requireOperator(permission: Permission = "instance:manage"): Promise<OperatorContext> {
  const ctx = await loadOperatorContext(await requirePersonId());
  if (!ctx || !can(ctx.role, permission)) notFound();
  return ctx;
}
