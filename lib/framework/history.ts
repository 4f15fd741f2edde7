import "server-only";
// Reading a framework's history and exporting it: the list of versions, one version with what
// changed from the one before, and a JSON or CSV download.
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { frameworkToCsv, frameworkToJson } from "./import-export";
import { getFramework, type HistoryEntry } from "./queries";
import { findFramework, loadVersion, ownerOf, type FrameworkContext } from "./store";
import { diffVersions } from "./versioning";
import { scopeOf } from "../tenancy/context";

export const VERSIONS_SHOWN = 100;

/** The framework's versions, newest first (up to VERSIONS_SHOWN), with who made each. */
export async function listVersions(ctx: FrameworkContext): Promise<HistoryEntry[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const framework = await findFramework(tx, ownerOf(ctx));
    if (!framework) return [];
    // The newest VERSIONS_SHOWN: each edit makes a version, so the history grows with use.
    const versions = await tx.frameworkVersion.findMany({
      where: { frameworkId: framework.id },
      orderBy: { number: "desc" },
      take: VERSIONS_SHOWN,
    });
    const ids = [...new Set(versions.map((v) => v.createdById).filter((id): id is string => id !== null))];
    const people = await tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
    const names = new Map(people.map((p) => [p.id, p.name]));
    return versions.map((v) => ({
      id: v.id,
      number: v.number,
      createdAt: v.createdAt,
      changeSummary: v.changeSummary,
      createdByName: v.createdById ? (names.get(v.createdById) ?? null) : null,
    }));
  });
}

/** One visible version (for a round's pinned version, or history), with what changed from the one before. */
export async function getVersion(ctx: FrameworkContext, versionId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const v = await loadVersion(tx, versionId);
    if (!v) throw new UserError("That framework version was not found.", "not_found");
    const previous = await tx.frameworkVersion.findFirst({
      where: { frameworkId: v.frameworkId, number: v.number - 1 },
      select: { id: true },
    });
    const before = previous ? await loadVersion(tx, previous.id) : null;
    return { ...v, changes: before ? diffVersions(before.content, v.content) : [] };
  });
}

export async function exportFramework(ctx: FrameworkContext, format: "json" | "csv", versionId?: string) {
  const current = await getFramework(ctx);
  const v = versionId
    ? await getVersion(ctx, versionId)
    : { number: current.version.number, content: current.content };
  const base = `framework-v${v.number}`;
  return format === "json"
    ? {
        filename: `${base}.json`,
        contentType: "application/json",
        text: frameworkToJson(current.name, current.description, v.content),
      }
    : { filename: `${base}.csv`, contentType: "text/csv", text: frameworkToCsv(v.content) };
}
