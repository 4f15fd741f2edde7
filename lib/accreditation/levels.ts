// Words for the decision's levels, shared by pages, emails and tests.
import { SCHEME_LEVELS, type LevelKey } from "./default-scheme";

export function levelLabel(level: LevelKey): string {
  return SCHEME_LEVELS.find((l) => l.key === level)?.label ?? level;
}

/** "Not yet" is how people read a Working towards decision. */
export function decisionWords(level: LevelKey): string {
  return level === "WORKING_TOWARDS" ? "Not yet accredited (working towards)" : levelLabel(level);
}
