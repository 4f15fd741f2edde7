// Framework versions as plain data: building a new version from an old one plus one edit, and
// describing what changed between two versions. Pure: no database, no clock.
import { z } from "zod";
import { plainText } from "../text";
import { UserError } from "../errors";
import type { Tier } from "../tiers";
import type { FrameworkData } from "./default-framework";

export type RatingLevel = { value: number; label: string; descriptor: string };
export type DomainContent = { code: string; name: string; description: string };
export type CompetencyContent = {
  code: string;
  domainCode: string;
  tier: Tier;
  statement: string;
  guidance: string | null;
  examples: string[];
  retired: boolean;
};
/** Everything a version holds; array order is display order. */
export type VersionContent = {
  targets: Record<Tier, number>;
  ratingScale: RatingLevel[];
  domains: DomainContent[];
  competencies: CompetencyContent[];
};

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const code = z
  .string()
  .trim()
  .regex(CODE_PATTERN, "Use up to 20 letters, digits, dots or dashes, such as C2.07.");
const statement = plainText(
  z.string().trim().min(10, "Write the statement in full (at least 10 characters).").max(1000),
);
const guidance = plainText(z.string().trim().max(2000)).optional();
const examples = z.array(z.string().trim().min(1).max(500)).max(10).optional();
export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], "Choose tier 1, 2 or 3.");
const target = z.number().int().min(1, "A target is from 1 to 4.").max(4, "A target is from 1 to 4.");

// One schema per edit, shared by the forms and the server.
export const addCompetencySchema = z.object({
  domainCode: code,
  code: code.optional(),
  tier: tierSchema,
  statement,
  guidance,
  examples,
});
export const rewordSchema = z.object({ code, statement, guidance, examples });
export const retireSchema = z.object({ code });
export const targetsSchema = z.object({ targets: z.object({ 1: target, 2: target, 3: target }) });
export const addDomainSchema = z.object({
  code,
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(1000).optional(),
});

export type FrameworkEdit =
  | ({ kind: "add-competency" } & z.infer<typeof addCompetencySchema>)
  | ({ kind: "reword" } & z.infer<typeof rewordSchema>)
  | ({ kind: "retire" } & z.infer<typeof retireSchema>)
  | ({ kind: "reinstate" } & z.infer<typeof retireSchema>)
  | ({ kind: "set-targets" } & z.infer<typeof targetsSchema>)
  | ({ kind: "add-domain" } & z.infer<typeof addDomainSchema>);

export function contentFromData(data: FrameworkData): VersionContent {
  return {
    targets: { ...data.targets },
    ratingScale: data.ratingScale.map((r) => ({ ...r })),
    domains: data.domains.map((d) => ({ ...d })),
    competencies: data.competencies.map((c) => ({
      code: c.code,
      domainCode: c.domainCode,
      tier: c.tier,
      statement: c.statement,
      guidance: c.guidance ?? null,
      examples: c.examples ?? [],
      retired: false,
    })),
  };
}

/** The next free code in a domain: "C2.06" is followed by "C2.07"; other schemes get "<domain>.<n>". */
export function nextCompetencyCode(content: VersionContent, domainCode: string): string {
  const taken = new Set(content.competencies.map((c) => c.code));
  const inDomain = content.competencies.filter((c) => c.domainCode === domainCode).map((c) => c.code);
  const numbered = inDomain.map((c) => /^(.*?)(\d+)$/.exec(c)).filter((m) => m !== null);
  const prefix = numbered[0]?.[1] ?? `${domainCode}.`;
  const width = numbered[0]?.[2]?.length ?? 2;
  let n = Math.max(0, ...numbered.filter((m) => m[1] === prefix).map((m) => Number(m[2]))) + 1;
  while (taken.has(`${prefix}${String(n).padStart(width, "0")}`)) n++;
  return `${prefix}${String(n).padStart(width, "0")}`;
}

/** A new version's content: the old content with one edit applied. The old content is not changed. */
export function applyEdit(content: VersionContent, edit: FrameworkEdit): VersionContent {
  const next: VersionContent = structuredClone(content);
  const find = (c: string) => {
    const found = next.competencies.find((x) => x.code === c);
    if (!found) throw new UserError(`There is no competency ${c} in this framework.`, "not_found");
    return found;
  };
  switch (edit.kind) {
    case "add-competency": {
      if (!next.domains.some((d) => d.code === edit.domainCode)) {
        throw new UserError(`There is no domain ${edit.domainCode} in this framework.`, "validation", {
          domainCode: ["Choose a domain."],
        });
      }
      const newCode = edit.code ?? nextCompetencyCode(next, edit.domainCode);
      if (next.competencies.some((c) => c.code === newCode)) {
        // Retired codes stay taken, so answers in old rounds can never be read against new wording.
        throw new UserError(`The code ${newCode} is already used in this framework.`, "conflict", {
          code: ["Choose another code."],
        });
      }
      const item = {
        code: newCode,
        domainCode: edit.domainCode,
        tier: edit.tier,
        statement: edit.statement,
        guidance: edit.guidance || null,
        examples: edit.examples ?? [],
        retired: false,
      };
      // Place it after the last competency of its domain, so display order stays by domain.
      const lastIndex = next.competencies.map((c) => c.domainCode).lastIndexOf(edit.domainCode);
      next.competencies.splice(lastIndex === -1 ? next.competencies.length : lastIndex + 1, 0, item);
      return next;
    }
    case "reword": {
      const c = find(edit.code);
      if (c.retired)
        throw new UserError(`${edit.code} is retired; reinstate it before rewording it.`, "conflict");
      const guidanceNext = edit.guidance === undefined ? c.guidance : edit.guidance || null;
      const examplesNext = edit.examples ?? c.examples;
      if (
        c.statement === edit.statement &&
        c.guidance === guidanceNext &&
        sameList(c.examples, examplesNext)
      ) {
        throw new UserError("Nothing has changed.", "validation", {
          statement: ["Change the wording to save a new version."],
        });
      }
      Object.assign(c, { statement: edit.statement, guidance: guidanceNext, examples: examplesNext });
      return next;
    }
    case "retire":
    case "reinstate": {
      const c = find(edit.code);
      const retire = edit.kind === "retire";
      if (c.retired === retire)
        throw new UserError(`${edit.code} is already ${retire ? "retired" : "in use"}.`, "conflict");
      c.retired = retire;
      return next;
    }
    case "set-targets": {
      if (([1, 2, 3] as const).every((t) => next.targets[t] === edit.targets[t])) {
        throw new UserError("Those are already the targets.", "validation");
      }
      next.targets = { ...edit.targets };
      return next;
    }
    case "add-domain": {
      if (next.domains.some((d) => d.code === edit.code)) {
        throw new UserError(`The domain code ${edit.code} is already used.`, "conflict", {
          code: ["Choose another code."],
        });
      }
      next.domains.push({ code: edit.code, name: edit.name, description: edit.description ?? "" });
      return next;
    }
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export type Change =
  | { kind: "added"; code: string; statement: string }
  | { kind: "removed"; code: string }
  | { kind: "retired"; code: string }
  | { kind: "reinstated"; code: string }
  | { kind: "reworded"; code: string; from: string; to: string }
  | { kind: "guidance-changed"; code: string }
  | { kind: "tier-changed"; code: string; from: Tier; to: Tier }
  | { kind: "moved"; code: string; from: string; to: string }
  | { kind: "target-changed"; tier: Tier; from: number; to: number }
  | { kind: "domain-added"; code: string; name: string }
  | { kind: "domain-renamed"; code: string; from: string; to: string }
  | { kind: "domain-removed"; code: string }
  | { kind: "scale-changed" };

/** What changed from `before` to `after`, competencies in `after`'s order. */
export function diffVersions(before: VersionContent, after: VersionContent): Change[] {
  const changes: Change[] = [];
  for (const t of [1, 2, 3] as const) {
    if (before.targets[t] !== after.targets[t])
      changes.push({ kind: "target-changed", tier: t, from: before.targets[t], to: after.targets[t] });
  }
  if (JSON.stringify(before.ratingScale) !== JSON.stringify(after.ratingScale))
    changes.push({ kind: "scale-changed" });
  const oldDomains = new Map(before.domains.map((d) => [d.code, d]));
  const newDomains = new Set(after.domains.map((d) => d.code));
  for (const d of after.domains) {
    const old = oldDomains.get(d.code);
    if (!old) changes.push({ kind: "domain-added", code: d.code, name: d.name });
    else if (old.name !== d.name)
      changes.push({ kind: "domain-renamed", code: d.code, from: old.name, to: d.name });
  }
  for (const d of before.domains)
    if (!newDomains.has(d.code)) changes.push({ kind: "domain-removed", code: d.code });

  const old = new Map(before.competencies.map((c) => [c.code, c]));
  const kept = new Set<string>();
  for (const c of after.competencies) {
    const o = old.get(c.code);
    kept.add(c.code);
    if (!o) {
      changes.push({ kind: "added", code: c.code, statement: c.statement });
      continue;
    }
    if (!o.retired && c.retired) changes.push({ kind: "retired", code: c.code });
    if (o.retired && !c.retired) changes.push({ kind: "reinstated", code: c.code });
    if (o.statement !== c.statement)
      changes.push({ kind: "reworded", code: c.code, from: o.statement, to: c.statement });
    if (o.guidance !== c.guidance || !sameList(o.examples, c.examples))
      changes.push({ kind: "guidance-changed", code: c.code });
    if (o.tier !== c.tier) changes.push({ kind: "tier-changed", code: c.code, from: o.tier, to: c.tier });
    if (o.domainCode !== c.domainCode)
      changes.push({ kind: "moved", code: c.code, from: o.domainCode, to: c.domainCode });
  }
  for (const c of before.competencies) if (!kept.has(c.code)) changes.push({ kind: "removed", code: c.code });
  return changes;
}

export function describeChange(c: Change): string {
  switch (c.kind) {
    case "added":
      return `Added ${c.code}`;
    case "removed":
      return `Removed ${c.code}`;
    case "retired":
      return `Retired ${c.code}`;
    case "reinstated":
      return `Reinstated ${c.code}`;
    case "reworded":
      return `Reworded ${c.code}`;
    case "guidance-changed":
      return `Changed the guidance for ${c.code}`;
    case "tier-changed":
      return `Moved ${c.code} from tier ${c.from} to tier ${c.to}`;
    case "moved":
      return `Moved ${c.code} from domain ${c.from} to ${c.to}`;
    case "target-changed":
      return `Changed the tier ${c.tier} target from ${c.from} to ${c.to}`;
    case "domain-added":
      return `Added domain ${c.code} (${c.name})`;
    case "domain-renamed":
      return `Renamed domain ${c.code} to ${c.to}`;
    case "domain-removed":
      return `Removed domain ${c.code}`;
    case "scale-changed":
      return "Changed the rating scale wording";
  }
}

/** A one-line summary for the history list; long change lists are counted rather than listed. */
export function summariseChanges(changes: Change[]): string {
  if (changes.length === 0) return "No changes";
  const parts = changes.slice(0, 5).map(describeChange);
  if (changes.length > 5) parts.push(`and ${changes.length - 5} more changes`);
  return parts.join("; ");
}
