// Writing accreditation scheme versions, given any Prisma transaction: the app's (inside
// withScope) or the seed's owner connection. No "server-only" here, because the seed runs outside
// Next.js. A version and its strands and criteria are only ever inserted (decision 0028).
import type { Tx } from "../db/scope";
import { HARBOUR_SCHEME, type SchemeData } from "./default-scheme";

export async function writeSchemeVersion(
  tx: Tx,
  args: {
    trustId: string | null;
    version: number;
    data: SchemeData;
    changeSummary: string;
    createdById: string | null;
    adoptedFromId?: string | null;
  },
): Promise<{ id: string; version: number }> {
  const { trustId, data } = args;
  const scheme = await tx.accreditationScheme.create({
    data: {
      trustId,
      version: args.version,
      name: data.name,
      description: data.description,
      changeSummary: args.changeSummary,
      levels: data.levels,
      adoptedFromId: args.adoptedFromId ?? null,
      createdById: args.createdById,
    },
  });
  for (const [i, strand] of data.strands.entries()) {
    const row = await tx.accreditationStrand.create({
      data: { schemeId: scheme.id, trustId, position: i + 1, title: strand.title, summary: strand.summary },
    });
    await tx.accreditationCriterion.createMany({
      data: strand.criteria.map((c, position) => ({
        schemeId: scheme.id,
        strandId: row.id,
        trustId,
        position: position + 1,
        key: c.key,
        text: c.text,
        guidance: c.guidance,
        measure: c.measure ?? null,
      })),
    });
  }
  return { id: scheme.id, version: scheme.version };
}

/**
 * Creates Harbour's scheme as the global one, unless a version exists. For the seed (as the owner)
 * and for ensureDefaultScheme() (as the app, with app.seed_default set).
 */
export async function createDefaultScheme(tx: Tx): Promise<{ schemeId: string }> {
  const latest = await tx.accreditationScheme.findFirst({
    where: { trustId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (latest) return { schemeId: latest.id };
  const written = await writeSchemeVersion(tx, {
    trustId: null,
    version: 1,
    data: HARBOUR_SCHEME,
    changeSummary: "Harbour's accreditation scheme",
    createdById: null,
  });
  return { schemeId: written.id };
}
