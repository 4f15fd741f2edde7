import "server-only";
import { Prisma } from "../generated/prisma/client";
import { withScope, type DbScope, type Tx } from "../db/scope";
import type { AccreditationMeasureKey, LevelKey, SchemeLevel } from "./default-scheme";
import { createDefaultScheme } from "./write";

export type SchemeCriterion = {
  id: string;
  key: string;
  position: number;
  text: string;
  guidance: string;
  measure: AccreditationMeasureKey | null;
};
export type SchemeStrand = {
  id: string;
  position: number;
  title: string;
  summary: string;
  criteria: SchemeCriterion[];
};
export type SchemeView = {
  id: string;
  trustId: string | null;
  version: number;
  name: string;
  description: string;
  levels: SchemeLevel[];
  strands: SchemeStrand[];
};

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

async function latestGlobal(tx: Tx) {
  return tx.accreditationScheme.findFirst({
    where: { trustId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
}

/** Harbour's scheme, created on first use (the seed writes it too); returns the latest version's id. */
export async function ensureDefaultScheme(): Promise<string> {
  const found = await withScope({}, latestGlobal);
  if (found) return found.id;
  try {
    return await withScope({}, async (tx) => {
      // The only place the app may write global scheme rows (see accreditation_scheme_writable).
      await tx.$queryRaw`SELECT set_config('app.seed_default', 'on', true)`;
      return (await createDefaultScheme(tx)).schemeId;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await withScope({}, latestGlobal);
    if (!again) throw error;
    return again.id;
  }
}

/** One scheme version with its strands and criteria in order, as row-level security lets `tx` see it. */
export async function loadScheme(tx: Tx, schemeId: string): Promise<SchemeView | null> {
  const s = await tx.accreditationScheme.findUnique({
    where: { id: schemeId },
    include: {
      strands: {
        orderBy: { position: "asc" },
        include: { criteria: { orderBy: { position: "asc" } } },
      },
    },
  });
  if (!s) return null;
  return {
    id: s.id,
    trustId: s.trustId,
    version: s.version,
    name: s.name,
    description: s.description,
    levels: s.levels as SchemeLevel[],
    strands: s.strands.map((st) => ({
      id: st.id,
      position: st.position,
      title: st.title,
      summary: st.summary,
      criteria: st.criteria.map((c) => ({
        id: c.id,
        key: c.key,
        position: c.position,
        text: c.text,
        guidance: c.guidance,
        measure: c.measure,
      })),
    })),
  };
}

/**
 * The scheme a school works to: its trust's latest own scheme when the trust has adopted one,
 * else Harbour's latest. Given the school's scope, so row-level security decides what is visible.
 */
export async function schemeInForce(tx: Tx, trustId: string | null): Promise<string | null> {
  const own = trustId
    ? await tx.accreditationScheme.findFirst({
        where: { trustId },
        orderBy: { version: "desc" },
        select: { id: true },
      })
    : null;
  return (own ?? (await latestGlobal(tx)))?.id ?? null;
}

export async function getSchemeForSchool(scope: DbScope & { schoolId: string }): Promise<SchemeView> {
  await ensureDefaultScheme();
  return withScope(scope, async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: scope.schoolId },
      select: { trustId: true },
    });
    const id = await schemeInForce(tx, school.trustId);
    const view = id ? await loadScheme(tx, id) : null;
    if (!view) throw new Error("The accreditation scheme is missing.");
    return view;
  });
}

export function schemeLevelLabel(levels: SchemeLevel[], key: LevelKey): string {
  return levels.find((l) => l.key === key)?.label ?? key;
}
