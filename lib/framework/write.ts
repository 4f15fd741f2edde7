// Writing framework versions, given any Prisma transaction: the app's (inside withScope) or the
// seed's owner connection. No "server-only" here, because the seed runs outside Next.js.
import type { Tx } from "../db/scope";
import { DEFAULT_FRAMEWORK } from "./default-framework";
import { contentFromData, type VersionContent } from "./versioning";

/** Who owns a framework: a school, a trust, or (both null) Harbour's global default. */
export type Owner = { schoolId: string | null; trustId: string | null };

export const GLOBAL: Owner = { schoolId: null, trustId: null };

export async function writeVersion(
  tx: Tx,
  args: {
    frameworkId: string;
    owner: Owner;
    number: number;
    content: VersionContent;
    changeSummary: string;
    createdById: string | null;
  },
): Promise<{ id: string; number: number; createdAt: Date; changeSummary: string }> {
  const { owner, content } = args;
  const v = await tx.frameworkVersion.create({
    data: {
      frameworkId: args.frameworkId,
      ...owner,
      number: args.number,
      createdById: args.createdById,
      changeSummary: args.changeSummary,
      targetTier1: content.targets[1],
      targetTier2: content.targets[2],
      targetTier3: content.targets[3],
      ratingScale: content.ratingScale,
    },
  });
  await tx.frameworkDomain.createMany({
    data: content.domains.map((d, position) => ({ versionId: v.id, ...owner, ...d, position })),
  });
  await tx.competency.createMany({
    data: content.competencies.map((c, position) => ({ versionId: v.id, ...owner, ...c, position })),
  });
  return { id: v.id, number: v.number, createdAt: v.createdAt, changeSummary: v.changeSummary };
}

/**
 * Creates Harbour's default framework as the global one, unless it exists. For the seed (as the
 * owner) and for ensureDefaultFramework() (as the app, with app.seed_default set).
 */
export async function createDefaultFramework(tx: Tx): Promise<{ frameworkId: string; versionId: string }> {
  const existing = await tx.framework.findFirst({
    where: { schoolId: null, trustId: null },
    include: { versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  const latest = existing?.versions[0];
  if (existing && latest) return { frameworkId: existing.id, versionId: latest.id };
  const framework =
    existing ??
    (await tx.framework.create({
      data: { name: DEFAULT_FRAMEWORK.name, description: DEFAULT_FRAMEWORK.description },
    }));
  const version = await writeVersion(tx, {
    frameworkId: framework.id,
    owner: GLOBAL,
    number: 1,
    content: contentFromData(DEFAULT_FRAMEWORK),
    changeSummary: "Harbour's default framework",
    createdById: null,
  });
  return { frameworkId: framework.id, versionId: version.id };
}
