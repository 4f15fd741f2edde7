// Responses gathered on paper or in another tool, as CSV `email,competency_code,rating`. Every row
// is checked and every problem reported with its line; the caller writes nothing unless all pass.
// Each person's rows must cover every competency in scope for them, because an imported response
// is a submitted one. Pure: no database.
import type { ConfidentialRow } from "../disclosure";
import { formatProblem, headerProblem, readCsvRows, toCsv, unescapeFormula, type CsvProblem } from "../csv";
import type { CompetencyContent } from "../framework/versioning";
import type { Tier } from "../tiers";
import { inScopeCompetencies, missingAnswers } from "./rules";

export const RESPONSE_CSV_HEADER = ["email", "competency_code", "rating"] as const;

/** A member of the school, keyed by lower-case email. */
export type ImportMember = { personId: string; asked: boolean; requiredTier: Tier; hasResponse: boolean };

export type ImportedResponse = {
  personId: string;
  email: string;
  requiredTier: Tier;
  ratings: Map<string, number>;
};
export type ResponseImport =
  { ok: true; responses: ImportedResponse[] } | { ok: false; problems: CsvProblem[] };

export function checkResponseCsv(
  text: string,
  opts: { competencies: CompetencyContent[]; members: ReadonlyMap<string, ImportMember> },
): ResponseImport {
  const rows = readCsvRows(text);
  const header = headerProblem(rows, RESPONSE_CSV_HEADER);
  if (header) return { ok: false, problems: [header] };
  const byCode = new Map(opts.competencies.filter((c) => !c.retired).map((c) => [c.code, c]));
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  const people = new Map<string, ImportedResponse & { firstLine: number }>();

  for (const { line, cells } of rows.slice(1)) {
    const add = (message: string) => problems.push({ line, message });
    if (cells.length !== 3) {
      add(`expected 3 columns (email, competency_code, rating) but found ${cells.length}.`);
      continue;
    }
    const [rawEmail, code, ratingText] = cells.map(unescapeFormula) as [string, string, string];
    const email = rawEmail.toLowerCase();
    const before = problems.length;
    if (!/^[0-4]$/.test(ratingText)) add(`rating must be a whole number from 0 to 4, not "${ratingText}".`);
    const competency = byCode.get(code);
    if (!competency) add(`"${code}" is not a competency code in this round's framework.`);
    const key = `${email}\u0000${code}`;
    const duplicateOf = seen.get(key);
    if (duplicateOf !== undefined) add(`${email} already has a rating for ${code} on line ${duplicateOf}.`);
    else seen.set(key, line);
    const member = opts.members.get(email);
    if (!email.includes("@")) add(`"${rawEmail}" is not an email address.`);
    else if (!member) add(`no one with the email ${email} is a member of this school.`);
    else if (!member.asked) add(`${email} is not asked in this round.`);
    else if (member.hasResponse) add(`${email} has already responded to this round.`);
    else if (competency && competency.tier > member.requiredTier) {
      add(
        `${code} is a tier ${competency.tier} competency, not in scope for ${email} (tier ${member.requiredTier}).`,
      );
    }
    if (problems.length > before || !member || !competency) continue;
    const person = people.get(email) ?? {
      personId: member.personId,
      email,
      requiredTier: member.requiredTier,
      ratings: new Map(),
      firstLine: line,
    };
    person.ratings.set(code, Number(ratingText));
    people.set(email, person);
  }

  // An imported response is submitted, so, as online, every in-scope item needs a rating.
  for (const p of people.values()) {
    const missing = missingAnswers(
      inScopeCompetencies(opts.competencies, p.requiredTier),
      new Set(p.ratings.keys()),
    );
    if (missing.length > 0) {
      const list =
        missing.length > 6
          ? `${missing.slice(0, 6).join(", ")} and ${missing.length - 6} more`
          : missing.join(", ");
      problems.push({
        line: p.firstLine,
        message: `${p.email} has no rating for ${list}; every competency in scope is needed.`,
      });
    }
  }
  if (problems.length === 0 && people.size === 0)
    problems.push({ line: null, message: "The file has a header but no ratings." });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length > 0
    ? { ok: false, problems }
    : {
        ok: true,
        responses: [...people.values()].map((p) => ({
          personId: p.personId,
          email: p.email,
          requiredTier: p.requiredTier,
          ratings: p.ratings,
        })),
      };
}

export const problemsAsText = (problems: CsvProblem[]) => problems.map(formatProblem);

export const NAMED_EXPORT_HEADER = [
  "email",
  "name",
  "job_role",
  "required_tier",
  "submitted_at",
  "competency_code",
  "rating",
  "comment",
] as const;
export const CONFIDENTIAL_EXPORT_HEADER = [
  "respondent",
  "required_tier",
  "competency_code",
  "rating",
] as const;

export type ExportAnswer = { code: string; rating: number; comment: string | null };
export type NamedExportRow = {
  email: string;
  name: string;
  jobRole: string;
  requiredTier: number;
  submittedAt: Date;
  answers: ExportAnswer[];
};

/** One line per answer, with who gave it: NAMED rounds only. Full precision, as DESIGN.md asks of exports. */
export function namedExportCsv(rows: NamedExportRow[]): string {
  const lines = rows.flatMap((r) =>
    r.answers.map((a) => [
      r.email,
      r.name,
      r.jobRole,
      r.requiredTier,
      r.submittedAt.toISOString(),
      a.code,
      a.rating,
      a.comment,
    ]),
  );
  return toCsv(NAMED_EXPORT_HEADER, lines);
}

/**
 * CONFIDENTIAL rounds, as lib/disclosure shapes them: respondents numbered in a shuffled order, no
 * email, name, role, date or comment, the same lines for everyone.
 */
export function confidentialExportCsv(rows: ConfidentialRow[]): string {
  return toCsv(
    CONFIDENTIAL_EXPORT_HEADER,
    rows.map((r) => [r.respondent, r.requiredTier, r.code, r.rating]),
  );
}
