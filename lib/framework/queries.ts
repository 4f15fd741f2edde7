import "server-only";
// Data access for frameworks. A school (or a trust) adopts the default by copying it; every edit
// then makes a new version with a summary and an audit record. Rounds pin a version, so an edit
// never changes what an open round asks.
import { audit } from "../audit/record";
import { formatProblem } from "../csv";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { scopeOf } from "../tenancy/context";
import { frameworkFromCsv, frameworkFromJson, mergeImported } from "./import-export";
import {
  findFramework,
  loadLatestVersion,
  lockFramework,
  ownerOf,
  requireEditor,
  type FrameworkContext,
} from "./store";
import { createDefaultFramework, GLOBAL, writeVersion } from "./write";
import {
  applyEdit,
  diffVersions,
  summariseChanges,
  type Change,
  type FrameworkEdit,
  type VersionContent,
} from "./versioning";

export type { FrameworkContext } from "./store";

export type FrameworkView = {
  frameworkId: string;
  name: string;
  description: string;
  /** "own" once adopted; before that the framework the school would adopt (its trust's, or the default). */
  source: "own" | "trust" | "default";
  version: { id: string; number: number; createdAt: Date };
  content: VersionContent;
};

export type VersionSummary = { id: string; number: number; createdAt: Date; changeSummary: string };
export type HistoryEntry = VersionSummary & { createdByName: string | null };

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

async function findGlobal(tx: Tx) {
  const f = await findFramework(tx, GLOBAL);
  const v =
    f && (await tx.frameworkVersion.findFirst({ where: { frameworkId: f.id }, orderBy: { number: "desc" } }));
  return f && v ? { frameworkId: f.id, versionId: v.id } : null;
}

/** Harbour's default framework as a global, read-only framework: created on first use (seed or adopt). */
export async function ensureDefaultFramework(): Promise<{ frameworkId: string; versionId: string }> {
  const found = await withScope({}, findGlobal);
  if (found) return found;
  try {
    return await withScope({}, async (tx) => {
      // The only place the app may write global rows (see the framework_writable policy).
      await tx.$queryRaw`SELECT set_config('app.seed_default', 'on', true)`;
      return createDefaultFramework(tx);
    });
  } catch (error) {
    // Another process created it at the same moment (the partial unique index allows one).
    if (!isUniqueViolation(error)) throw error;
    const again = await withScope({}, findGlobal);
    if (!again) throw error;
    return again;
  }
}

/** What a school copies when it adopts: its trust's framework if the trust has one, else the default. */
async function adoptionSource(tx: Tx, ctx: FrameworkContext) {
  if (ctx.kind === "school") {
    const school = await tx.school.findUnique({ where: { id: ctx.schoolId }, select: { trustId: true } });
    const trustFramework = school?.trustId
      ? await findFramework(tx, { schoolId: null, trustId: school.trustId })
      : null;
    if (trustFramework) return { framework: trustFramework, source: "trust" as const };
  }
  const framework = await findFramework(tx, GLOBAL);
  if (!framework) throw new Error("The default framework is missing: call ensureDefaultFramework() first.");
  return { framework, source: "default" as const };
}

async function view(tx: Tx, ctx: FrameworkContext): Promise<FrameworkView> {
  const own = await findFramework(tx, ownerOf(ctx));
  const { framework, source } = own
    ? { framework: own, source: "own" as const }
    : await adoptionSource(tx, ctx);
  const v = await loadLatestVersion(tx, framework.id);
  if (!v) throw new Error(`Framework ${framework.id} has no version.`);
  return {
    frameworkId: framework.id,
    name: framework.name,
    description: framework.description,
    source,
    version: { id: v.id, number: v.number, createdAt: v.createdAt },
    content: v.content,
  };
}

/** The framework in force for the school (or trust): its own once adopted, else the one it would adopt. */
export async function getFramework(ctx: FrameworkContext): Promise<FrameworkView> {
  await ensureDefaultFramework();
  return withScope(scopeOf(ctx), (tx) => view(tx, ctx));
}

async function adoptIn(tx: Tx, ctx: FrameworkContext) {
  const owner = ownerOf(ctx);
  const existing = await findFramework(tx, owner);
  if (existing) return { framework: existing, copiedVersionId: null };
  const { framework: from } = await adoptionSource(tx, ctx);
  const latest = await loadLatestVersion(tx, from.id);
  if (!latest) throw new Error(`Framework ${from.id} has no version.`);
  const framework = await tx.framework.create({
    data: { ...owner, name: from.name, description: from.description, adoptedFrom: from.id },
  });
  const changeSummary = `Adopted "${from.name}" (version ${latest.number})`;
  await writeVersion(tx, {
    frameworkId: framework.id,
    owner,
    number: 1,
    content: latest.content,
    changeSummary,
    createdById: ctx.personId,
  });
  await audit(tx, {
    actorId: ctx.personId,
    action: "framework.adopted",
    ...owner,
    targetId: framework.id,
    detail: { from: from.id, version: latest.number },
  });
  // The version the editor was looking at before adopting, which counts as current for their edit.
  return { framework, copiedVersionId: latest.id };
}

/** Copies the trust's framework or the default into one the school (or trust) owns. Idempotent. */
export async function adoptFramework(ctx: FrameworkContext): Promise<FrameworkView> {
  requireEditor(ctx);
  await ensureDefaultFramework();
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      await adoptIn(tx, ctx);
      return view(tx, ctx);
    });
  } catch (error) {
    // Two adopts at once: the school may own only one framework, so the other one won.
    if (isUniqueViolation(error)) return getFramework(ctx);
    throw error;
  }
}

/**
 * Makes a new version from the current one and a whole new content (an edit or an import).
 * `baseVersionId`, when given, must still be the current version: an editor working from an
 * out-of-date page is told rather than silently overwriting someone else's change.
 */
async function newVersion(
  ctx: FrameworkContext,
  make: (current: VersionContent) => VersionContent,
  opts: { baseVersionId?: string; action: "framework.changed" | "framework.imported" },
): Promise<VersionSummary & { changes: Change[] }> {
  requireEditor(ctx);
  await ensureDefaultFramework();
  return withScope(scopeOf(ctx), async (tx) => {
    const { framework, copiedVersionId } = await adoptIn(tx, ctx);
    await lockFramework(tx, framework.id);
    const current = await loadLatestVersion(tx, framework.id);
    if (!current) throw new Error(`Framework ${framework.id} has no version.`);
    if (opts.baseVersionId && opts.baseVersionId !== current.id && opts.baseVersionId !== copiedVersionId) {
      throw new UserError(
        "The framework was changed by someone else while you were editing. Reload it and try again.",
        "conflict",
      );
    }
    const content = make(current.content);
    const changes = diffVersions(current.content, content);
    if (changes.length === 0) throw new UserError("That makes no change to the framework.", "validation");
    const owner = ownerOf(ctx);
    const summary = summariseChanges(changes);
    const v = await writeVersion(tx, {
      frameworkId: framework.id,
      owner,
      number: current.number + 1,
      content,
      changeSummary: summary,
      createdById: ctx.personId,
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: opts.action,
      ...owner,
      targetId: v.id,
      detail: { version: v.number, summary },
    });
    return { ...v, changes };
  });
}

/** Applies one edit (add, reword, retire, reinstate, targets, add domain) as a new version. */
export function editFramework(ctx: FrameworkContext, edit: FrameworkEdit, baseVersionId?: string) {
  return newVersion(ctx, (current) => applyEdit(current, edit), {
    baseVersionId,
    action: "framework.changed",
  });
}

export type AddCompetencyInput = Omit<Extract<FrameworkEdit, { kind: "add-competency" }>, "kind">;
export const addCompetency = (ctx: FrameworkContext, input: AddCompetencyInput, baseVersionId?: string) =>
  editFramework(ctx, { kind: "add-competency", ...input }, baseVersionId);
export const retireCompetency = (ctx: FrameworkContext, code: string, baseVersionId?: string) =>
  editFramework(ctx, { kind: "retire", code }, baseVersionId);
export const rewordCompetency = (
  ctx: FrameworkContext,
  input: { code: string; statement: string; guidance?: string; examples?: string[] },
  baseVersionId?: string,
) => editFramework(ctx, { kind: "reword", ...input }, baseVersionId);

/** Loads a JSON or CSV framework as a new version; nothing is written unless every row is valid. */
export async function importFramework(
  ctx: FrameworkContext,
  input: { format: "json" | "csv"; text: string },
) {
  const parsed =
    input.format === "json"
      ? frameworkFromJson(input.text)
      : (() => {
          const r = frameworkFromCsv(input.text);
          return r.ok ? { ok: true as const, value: { content: r.value } } : r;
        })();
  if (!parsed.ok) {
    const n = parsed.problems.length;
    throw new UserError(
      `${n} ${n === 1 ? "problem" : "problems"} in the file; nothing was imported.`,
      "validation",
      {
        file: parsed.problems.map(formatProblem),
      },
    );
  }
  return newVersion(ctx, (current) => mergeImported(current, parsed.value.content), {
    action: "framework.imported",
  });
}
