import "server-only";
// A school made from its register entry: name, phase and local authority come from the register.
import type { Tx } from "../db/scope";
import { phaseOf } from "./phase";
import type { RegisterSchool } from "./queries";

/** Inserts the school with no trust, under the id its request already names (row-level security checks it). */
export async function insertSchoolFromRegister(tx: Tx, id: string, entry: RegisterSchool): Promise<void> {
  // No RETURNING: the insert is checked against the write policy alone.
  await tx.$executeRaw`
    INSERT INTO "School" (id, name, urn, phase, "laCode", "laName")
    VALUES (${id}, ${entry.name}, ${entry.urn}, ${phaseOf(entry)}::"SchoolPhase", ${entry.laCode || null}, ${entry.laName || null})`;
}
