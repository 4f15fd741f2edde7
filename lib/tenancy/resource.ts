import "server-only";
// Pages beyond the guard: a permission that one of several grants (reading the framework), and a
// child record (a round, a version) that the data layer cannot find in this school, which is a 404
// exactly like another school's URL.
import { notFound } from "next/navigation";
import { UserError } from "../errors";
import { can, type Permission } from "../permissions";
import type { SchoolContext } from "./context";
import { requireSchool } from "./guard";

export async function requireSchoolAny(schoolId: string, permissions: Permission[]): Promise<SchoolContext> {
  const ctx = await requireSchool(schoolId);
  if (!permissions.some((p) => can(ctx.role, p))) notFound();
  return ctx;
}

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof UserError && (error.kind === "not_found" || error.kind === "forbidden")) notFound();
    throw error;
  }
}
