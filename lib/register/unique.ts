import { Prisma } from "../generated/prisma/client";

/**
 * A unique index refused the write: someone else made the same school (or request) a moment ago.
 * Raw statements report it as a database error (23505) rather than Prisma's P2002.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && JSON.stringify(error.meta ?? {}).includes("23505");
}
