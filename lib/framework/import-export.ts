// Frameworks to and from JSON and CSV, so a local authority's own framework can be loaded.
// Every problem is reported (with its line for CSV) and nothing is imported unless all is well.
// Pure: no database.
import { z } from "zod";
import { readCsvRows, headerProblem, toCsv, unescapeFormula, type CsvProblem } from "../csv";
import { plainText } from "../text";
import type { Tier } from "../tiers";
import { DEFAULT_FRAMEWORK } from "./default-framework";
import {
  CODE_PATTERN,
  tierSchema,
  type CompetencyContent,
  type DomainContent,
  type VersionContent,
} from "./versioning";

export const FRAMEWORK_CSV_HEADER = [
  "domain_code",
  "domain_name",
  "competency_code",
  "tier",
  "statement",
  "guidance",
] as const;

export type ImportResult<T> = { ok: true; value: T } | { ok: false; problems: CsvProblem[] };
export type ImportedFramework = { name: string; description: string; content: VersionContent };

const code = z.string().trim().regex(CODE_PATTERN, "must be up to 20 letters, digits, dots or dashes");
const target = z.number().int().min(1).max(4);

const jsonSchema = z
  .object({
    name: plainText(z.string().trim().min(2).max(200)),
    description: z.string().trim().max(2000).default(""),
    targets: z.object({ 1: target, 2: target, 3: target }).default(DEFAULT_FRAMEWORK.targets),
    ratingScale: z
      .array(
        z.object({
          value: z.number().int().min(0).max(4),
          label: z.string().trim().min(1).max(60),
          descriptor: z.string().trim().max(300),
        }),
      )
      .length(5)
      .refine((s) => s.every((r, i) => r.value === i), "must list the levels 0, 1, 2, 3 and 4 in order")
      .default(DEFAULT_FRAMEWORK.ratingScale),
    domains: z
      .array(
        z.object({
          code,
          name: z.string().trim().min(1).max(200),
          description: z.string().trim().max(1000).default(""),
        }),
      )
      .min(1),
    competencies: z
      .array(
        z.object({
          code,
          domainCode: code,
          tier: tierSchema,
          statement: plainText(z.string().trim().min(1).max(1000)),
          guidance: plainText(z.string().trim().max(2000)).nullish(),
          examples: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
          retired: z.boolean().default(false),
        }),
      )
      .min(1),
  })
  .superRefine((f, ctx) => {
    // Codes must be unique and every competency must sit in a listed domain.
    const domainCodes = new Set<string>();
    f.domains.forEach((d, i) => {
      if (domainCodes.has(d.code))
        ctx.addIssue({
          code: "custom",
          path: ["domains", i, "code"],
          message: `domain code ${d.code} appears twice`,
        });
      domainCodes.add(d.code);
    });
    const seen = new Set<string>();
    f.competencies.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({
          code: "custom",
          path: ["competencies", i, "code"],
          message: `competency code ${c.code} appears twice`,
        });
      seen.add(c.code);
      if (!domainCodes.has(c.domainCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["competencies", i, "domainCode"],
          message: `domain ${c.domainCode} is not listed in domains`,
        });
      }
    });
  });

export function frameworkToJson(name: string, description: string, content: VersionContent): string {
  return JSON.stringify(
    { format: "harbour-framework", formatVersion: 1, name, description, ...content },
    null,
    2,
  );
}

export function frameworkFromJson(text: string): ImportResult<ImportedFramework> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [{ line: null, message: "The file is not valid JSON." }] };
  }
  const parsed = jsonSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      line: null,
      message: `${i.path.join(".") || "file"}: ${i.message}`,
    }));
    return { ok: false, problems };
  }
  const f = parsed.data;
  const competencies: CompetencyContent[] = f.competencies.map((c) => ({
    ...c,
    guidance: c.guidance || null,
  }));
  return {
    ok: true,
    value: {
      name: f.name,
      description: f.description,
      content: { targets: f.targets, ratingScale: f.ratingScale, domains: f.domains, competencies },
    },
  };
}

/** The CSV holds the competencies in use; retired ones, examples, targets and the scale stay in JSON. */
export function frameworkToCsv(content: VersionContent): string {
  const domainName = new Map(content.domains.map((d) => [d.code, d.name]));
  const rows = content.competencies
    .filter((c) => !c.retired)
    .map((c) => [c.domainCode, domainName.get(c.domainCode) ?? "", c.code, c.tier, c.statement, c.guidance]);
  return toCsv(FRAMEWORK_CSV_HEADER, rows);
}

/** Domains and competencies from CSV; the caller supplies targets and scale (the current version's). */
export function frameworkFromCsv(
  text: string,
): ImportResult<Pick<VersionContent, "domains" | "competencies">> {
  const rows = readCsvRows(text);
  const header = headerProblem(rows, FRAMEWORK_CSV_HEADER);
  if (header) return { ok: false, problems: [header] };
  const problems: CsvProblem[] = [];
  const domains = new Map<string, DomainContent>();
  const domainLine = new Map<string, number>();
  const competencies: CompetencyContent[] = [];
  const codeLine = new Map<string, number>();

  for (const { line, cells } of rows.slice(1)) {
    const add = (message: string) => problems.push({ line, message });
    if (cells.length !== FRAMEWORK_CSV_HEADER.length) {
      add(`expected ${FRAMEWORK_CSV_HEADER.length} columns but found ${cells.length}.`);
      continue;
    }
    const [domainCode, domainName, compCode, tierText, statement, guidance] = cells.map(unescapeFormula) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const before = problems.length;
    if (!CODE_PATTERN.test(domainCode))
      add(`domain_code "${domainCode}" must be up to 20 letters, digits, dots or dashes.`);
    if (!domainName) add("domain_name is empty.");
    if (!CODE_PATTERN.test(compCode))
      add(`competency_code "${compCode}" must be up to 20 letters, digits, dots or dashes.`);
    if (!/^[123]$/.test(tierText)) add(`tier must be 1, 2 or 3, not "${tierText}".`);
    if (!statement) add("statement is empty.");
    if (statement.length > 1000) add("statement is longer than 1,000 characters.");
    if (guidance.length > 2000) add("guidance is longer than 2,000 characters.");
    const firstLine = codeLine.get(compCode);
    if (firstLine !== undefined) add(`competency_code ${compCode} is already used on line ${firstLine}.`);
    const known = domains.get(domainCode);
    if (known && domainName && known.name !== domainName) {
      add(
        `domain ${domainCode} is named "${known.name}" on line ${domainLine.get(domainCode)} but "${domainName}" here.`,
      );
    }
    if (problems.length > before) continue;
    if (!known) {
      domains.set(domainCode, { code: domainCode, name: domainName, description: "" });
      domainLine.set(domainCode, line);
    }
    codeLine.set(compCode, line);
    competencies.push({
      code: compCode,
      domainCode,
      tier: Number(tierText) as Tier,
      statement,
      guidance: guidance || null,
      examples: [],
      retired: false,
    });
  }
  if (problems.length === 0 && competencies.length === 0)
    problems.push({ line: null, message: "The file has a header but no competencies." });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { domains: [...domains.values()], competencies } };
}

/**
 * An imported framework replaces the current content, but competencies it leaves out are kept as
 * retired rather than dropped: their codes stay taken and old rounds' answers keep their meaning.
 */
export function mergeImported(
  current: VersionContent | null,
  imported: Partial<VersionContent> & Pick<VersionContent, "domains" | "competencies">,
): VersionContent {
  const base = current ?? {
    targets: DEFAULT_FRAMEWORK.targets,
    ratingScale: DEFAULT_FRAMEWORK.ratingScale,
    domains: [],
    competencies: [],
  };
  const codes = new Set(imported.competencies.map((c) => c.code));
  const leftOut = base.competencies.filter((c) => !codes.has(c.code)).map((c) => ({ ...c, retired: true }));
  const domainCodes = new Set(imported.domains.map((d) => d.code));
  const neededDomains = base.domains.filter(
    (d) => !domainCodes.has(d.code) && leftOut.some((c) => c.domainCode === d.code),
  );
  return {
    targets: imported.targets ?? base.targets,
    ratingScale: imported.ratingScale ?? base.ratingScale,
    domains: [...imported.domains, ...neededDomains],
    competencies: [...imported.competencies, ...leftOut],
  };
}
