import "server-only";
// Writes many invitation rows in one statement whose size does not grow with the rows: each column
// travels as one array (INSERT ... SELECT FROM unnest), so a 2,000-row roster stays a short
// transaction even on a busy machine, where building a 2,000-row createMany costs seconds.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/scope";
import type { JobRole, MembershipRole } from "../generated/prisma/enums";

export type InvitationRow = {
  schoolId: string;
  email: string;
  name?: string | null;
  role: MembershipRole;
  jobRole: JobRole | null;
  tokenHash: string;
  expiresAt: Date;
  invitedById: string;
  sentByEmail: boolean;
};

/** Inserts the rows (row-level security checks each one) and returns each one's id by token hash. */
export async function insertInvitations(
  tx: Tx,
  rows: InvitationRow[],
): Promise<{ id: string; tokenHash: string }[]> {
  if (rows.length === 0) return [];
  const col = <K extends keyof InvitationRow>(key: K) => rows.map((r) => r[key] ?? null);
  // Instants as ISO text read as UTC: the column has no time zone and Prisma keeps it in UTC.
  return tx.$queryRaw<{ id: string; tokenHash: string }[]>`
    INSERT INTO "Invitation" (id, "schoolId", email, name, role, "jobRole", "tokenHash", "expiresAt", "invitedById", "sentByEmail")
    SELECT id, "schoolId", email, name, role::"MembershipRole", "jobRole"::"JobRole", "tokenHash",
      "expiresAt" AT TIME ZONE 'UTC', "invitedById", "sentByEmail"
    FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${col("schoolId")}::text[], ${col("email")}::text[], ${col("name")}::text[],
      ${col("role")}::text[], ${col("jobRole")}::text[], ${col("tokenHash")}::text[], ${rows.map((r) => r.expiresAt.toISOString())}::timestamptz[],
      ${col("invitedById")}::text[], ${col("sentByEmail")}::boolean[]
    ) AS t(id, "schoolId", email, name, role, "jobRole", "tokenHash", "expiresAt", "invitedById", "sentByEmail")
    RETURNING id, "tokenHash"`;
}
