// Parses and checks a roster CSV (email,name,job_role). Pure: every row is checked before anything
// is written, so the caller can import all rows or none.
import { readCsvRows, unescapeFormula } from "../csv";
import type { JobRole } from "../generated/prisma/enums";
import { JOB_ROLE_KEYS, parseJobRole } from "../tiers";
import { inviteSchema } from "./schemas";

export type RosterRow = { line: number; email: string; name: string; jobRole: JobRole };
export type RowProblem = { line: number; message: string };
export type RosterCheck = { rows: RosterRow[]; problems: RowProblem[] };

export const ROSTER_HEADER = ["email", "name", "job_role"] as const;
export const MAX_ROSTER_ROWS = 2000;

export function checkRoster(
  csv: string,
  alreadyKnown: (email: string) => string | null = () => null,
): RosterCheck {
  const [header, ...body] = readCsvRows(csv);
  const problems: RowProblem[] = [];
  const normalisedHeader = (header?.cells ?? []).map((h) => h.toLowerCase());
  if (ROSTER_HEADER.some((h, i) => normalisedHeader[i] !== h)) {
    return {
      rows: [],
      problems: [{ line: header?.line ?? 1, message: `The first line must be: ${ROSTER_HEADER.join(",")}` }],
    };
  }
  if (body.length === 0)
    return { rows: [], problems: [{ line: header!.line + 1, message: "The file has no rows." }] };
  if (body.length > MAX_ROSTER_ROWS) {
    return {
      rows: [],
      problems: [{ line: 1, message: `Import at most ${MAX_ROSTER_ROWS} rows at a time.` }],
    };
  }

  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells: raw } of body) {
    const cells = raw.map(unescapeFormula);
    if (cells.length !== 3) {
      problems.push({ line, message: `Expected 3 values (email, name, job role), found ${cells.length}.` });
      continue;
    }
    const [rawEmail = "", rawName = "", rawJob = ""] = cells;
    const jobRole = parseJobRole(rawJob);
    const check = inviteSchema.safeParse({
      email: rawEmail,
      name: rawName,
      role: "STAFF",
      jobRole: jobRole ?? "",
    });
    const messages: string[] = [];
    if (!check.success) {
      for (const issue of check.error.issues) {
        if (issue.path[0] === "jobRole") continue;
        messages.push(issue.message);
      }
    }
    if (!rawName.trim()) messages.push("Enter a name.");
    if (!jobRole) messages.push(`Unknown job role "${rawJob}". Use one of: ${JOB_ROLE_KEYS.join(", ")}.`);
    const email = rawEmail.trim().toLowerCase();
    const earlier = seen.get(email);
    if (email && earlier) messages.push(`This email is already on line ${earlier}.`);
    const known = email ? alreadyKnown(email) : null;
    if (known) messages.push(known);
    if (email && !earlier) seen.set(email, line);
    if (messages.length > 0 || !check.success || !jobRole) {
      problems.push({ line, message: [...new Set(messages)].join(" ") });
      continue;
    }
    rows.push({ line, email, name: rawName.trim(), jobRole });
  }
  return { rows, problems };
}
