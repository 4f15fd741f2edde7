import "server-only";
// Reading a school's evidence: the library, "evidence for this" on any target, where an item is
// used, and a file to download. Everything takes a school context; row-level security underneath.
import type { Readable } from "node:stream";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { LEAD_AREAS } from "../lead-development/areas";
import { getSchemeForSchool } from "../accreditation/scheme";
import { logError } from "../log";
import { can } from "../permissions";
import { PRINCIPLES } from "../review/principles";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { evidenceStorage, type EvidenceStorage } from "./storage";
import { fixedTargetTitle, parseTarget, targetText, TARGET_KIND_WORDS, type EvidenceTarget } from "./targets";

type TagRow = Prisma.EvidenceTagGetPayload<object>;

export type EvidenceUse = { tagId: string; target: string; kind: string; title: string };
export type EvidenceListItem = {
  id: string;
  kind: "NOTE" | "LINK" | "FILE";
  title: string;
  note: string | null;
  url: string | null;
  fileName: string | null;
  fileSize: number | null;
  createdAt: Date;
  uses: EvidenceUse[];
};

const targetOfTag = (t: TagRow): EvidenceTarget =>
  t.kind === "PRINCIPLE"
    ? { kind: "principle", key: t.principleKey! }
    : t.kind === "LEAD_AREA"
      ? { kind: "lead-area", key: t.leadAreaKey! }
      : t.kind === "CRITERION"
        ? { kind: "criterion", key: t.criterionId! }
        : { kind: "action", key: t.actionKey! };

type Names = { actions: Map<string, string>; criteria: Map<string, string> };

/**
 * The school's actions by key, named from the newest version that has each (keys are stable), and
 * the criteria its tags name, as "1.2 text".
 */
async function targetNames(tx: Tx, ctx: SchoolContext, tags: TagRow[]): Promise<Names> {
  const criterionIds = [...new Set(tags.flatMap((t) => (t.criterionId ? [t.criterionId] : [])))];
  const [rows, criteria] = await Promise.all([
    tx.actionPlanAction.findMany({
      where: { schoolId: ctx.schoolId },
      select: { key: true, title: true, version: { select: { number: true } } },
      orderBy: { version: { number: "asc" } },
    }),
    criterionIds.length > 0
      ? tx.accreditationCriterion.findMany({
          where: { id: { in: criterionIds } },
          select: { id: true, key: true, text: true },
        })
      : [],
  ]);
  return {
    actions: new Map(rows.map((r) => [r.key, r.title])),
    criteria: new Map(criteria.map((c) => [c.id, `${c.key} ${c.text}`])),
  };
}

/** Lead-area tags are the lead's own development: only someone with development:self sees them. */
const visibleTag = (ctx: SchoolContext) => (t: TagRow) =>
  t.kind !== "LEAD_AREA" || can(ctx.role, "development:self");

function useOf(t: TagRow, names: Names): EvidenceUse {
  const target = targetOfTag(t);
  const title =
    fixedTargetTitle(target) ??
    (target.kind === "criterion"
      ? (names.criteria.get(target.key) ?? "A criterion")
      : (names.actions.get(target.key) ?? "An action no longer in the plan"));
  return {
    tagId: t.id,
    target: targetText(target),
    kind: TARGET_KIND_WORDS[target.kind],
    title: `${TARGET_KIND_WORDS[target.kind]}: ${title}`,
  };
}

function whereTarget(target: EvidenceTarget): Prisma.EvidenceTagWhereInput {
  if (target.kind === "principle") return { kind: "PRINCIPLE", principleKey: target.key };
  if (target.kind === "lead-area") return { kind: "LEAD_AREA", leadAreaKey: target.key };
  if (target.kind === "criterion") return { kind: "CRITERION", criterionId: target.key };
  return { kind: "ACTION", actionKey: target.key };
}

async function listIn(
  tx: Tx,
  ctx: SchoolContext,
  target: EvidenceTarget | null,
): Promise<EvidenceListItem[]> {
  if (target?.kind === "lead-area" && !can(ctx.role, "development:self")) return [];
  const items = await tx.evidenceItem.findMany({
    where: { schoolId: ctx.schoolId, ...(target ? { tags: { some: whereTarget(target) } } : {}) },
    include: { tags: { orderBy: { createdAt: "asc" } } },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const names = await targetNames(
    tx,
    ctx,
    items.flatMap((i) => i.tags),
  );
  return items.map((i) => ({
    id: i.id,
    kind: i.kind,
    title: i.title,
    note: i.note,
    url: i.url,
    fileName: i.fileName,
    fileSize: i.fileSize,
    createdAt: i.createdAt,
    uses: i.tags.filter(visibleTag(ctx)).map((t) => useOf(t, names)),
  }));
}

function mayView(ctx: SchoolContext) {
  if (!can(ctx.role, "evidence:view"))
    throw new UserError("You do not have permission to see this.", "forbidden");
}

/** The library, newest first, optionally only what is tagged to one target ("principle:ethos"). */
export async function listEvidence(ctx: SchoolContext, filter?: string | null) {
  mayView(ctx);
  const target = parseTarget(filter);
  return withScope(scopeOf(ctx), (tx) => listIn(tx, ctx, target));
}

/** "Evidence for this": the items tagged to one target, for any page's panel. */
export async function evidenceFor(ctx: SchoolContext, target: EvidenceTarget) {
  if (!can(ctx.role, "evidence:view")) return [];
  return withScope(scopeOf(ctx), (tx) => listIn(tx, ctx, target));
}

/** Where one item is used, in words (for the delete question). */
export async function usesOf(tx: Tx, ctx: SchoolContext, itemId: string): Promise<EvidenceUse[]> {
  const tags = await tx.evidenceTag.findMany({
    where: { itemId, schoolId: ctx.schoolId },
    orderBy: { createdAt: "asc" },
  });
  const names = await targetNames(tx, ctx, tags);
  return tags.filter(visibleTag(ctx)).map((t) => useOf(t, names));
}

/** Everything an item may be tagged to, grouped, for the tag picker and the filter. */
export async function targetOptions(ctx: SchoolContext) {
  mayView(ctx);
  // The library still works if the scheme cannot be read; the failure is logged.
  const scheme = await getSchemeForSchool({ personId: ctx.personId, schoolId: ctx.schoolId }).catch((e) => {
    logError(e, "evidence.scheme");
    return null;
  });
  const actions = await withScope(scopeOf(ctx), async (tx) => {
    const newest = await tx.actionPlanVersion.findFirst({
      where: { schoolId: ctx.schoolId },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    return newest
      ? tx.actionPlanAction.findMany({
          where: { versionId: newest.id },
          orderBy: [{ objective: { position: "asc" } }, { position: "asc" }],
          select: { key: true, title: true },
        })
      : [];
  });
  return [
    {
      group: "Principles",
      options: PRINCIPLES.map((p) => ({ value: `principle:${p.key}`, label: p.title })),
    },
    ...(can(ctx.role, "development:self")
      ? [
          {
            group: "Your learning areas",
            options: LEAD_AREAS.map((a) => ({ value: `lead-area:${a.key}`, label: a.title })),
          },
        ]
      : []),
    {
      group: "Actions in the plan",
      options: actions.map((a) => ({ value: `action:${a.key}`, label: a.title })),
    },
    ...(scheme?.strands ?? []).map((strand) => ({
      group: `Accreditation: ${strand.position}. ${strand.title}`,
      options: strand.criteria.map((c) => ({ value: `criterion:${c.id}`, label: `${c.key} ${c.text}` })),
    })),
  ];
}

/** A stored file of this school, for download; not found for anything else. */
export async function openFile(
  ctx: SchoolContext,
  itemId: string,
  storage: EvidenceStorage = evidenceStorage(),
): Promise<{ stream: Readable; fileName: string; fileType: string; size: number }> {
  mayView(ctx);
  const item = await withScope(scopeOf(ctx), (tx) =>
    tx.evidenceItem.findFirst({ where: { id: itemId, schoolId: ctx.schoolId, kind: "FILE" } }),
  );
  if (!item?.fileKey || !item.fileType || !item.fileName)
    throw new UserError("That file was not found.", "not_found");
  const stream = await storage.get(item.fileKey);
  if (!stream) throw new UserError("That file was not found.", "not_found");
  return { stream, fileName: item.fileName, fileType: item.fileType, size: item.fileSize ?? 0 };
}

/** Every item by the targets it is tagged to ("principle:ethos" → items), for pages with many panels. */
export async function evidenceByTarget(ctx: SchoolContext): Promise<Map<string, EvidenceListItem[]>> {
  const out = new Map<string, EvidenceListItem[]>();
  if (!can(ctx.role, "evidence:view")) return out;
  const items = await withScope(scopeOf(ctx), (tx) => listIn(tx, ctx, null));
  for (const item of items)
    for (const use of item.uses) out.set(use.target, [...(out.get(use.target) ?? []), item]);
  return out;
}
