// What Harbour calls a register school's phase, and whether it may join. Pure.
import type { SchoolPhase } from "../generated/prisma/enums";
import type { RegisterEntry } from "./gias";

/** Phase from the register's phase of education and type of establishment. */
export function phaseOf(entry: Pick<RegisterEntry, "phaseName" | "typeName">): SchoolPhase {
  const type = entry.typeName.toLowerCase();
  const phase = entry.phaseName.toLowerCase();
  if (type.includes("special")) return "SPECIAL";
  if (type.includes("pupil referral") || type.includes("alternative provision"))
    return "ALTERNATIVE_PROVISION";
  if (type.includes("further education") || type.includes("sixth form") || phase === "16 plus")
    return "COLLEGE";
  if (phase === "all-through") return "ALL_THROUGH";
  if (phase === "secondary" || phase === "middle deemed secondary") return "SECONDARY";
  return "PRIMARY";
}

const OPEN = new Set(["open", "open, but proposed to close", "proposed to open"]);

/** Only schools the register lists as open (or about to open) can start in Harbour. */
export function isOpen(entry: Pick<RegisterEntry, "statusName">): boolean {
  return OPEN.has(entry.statusName.toLowerCase());
}
