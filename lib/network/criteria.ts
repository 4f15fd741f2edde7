import "server-only";
import { schemeInForce } from "../accreditation/scheme";
import type { Tx } from "../db/scope";

export type CriterionChoice = { id: string; label: string };

/** The criteria of the scheme the school works to (its trust's own, else Harbour's), as choices. */
export async function criterionChoices(tx: Tx, schoolId: string): Promise<CriterionChoice[]> {
  const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { trustId: true } });
  const schemeId = await schemeInForce(tx, school.trustId);
  if (!schemeId) return [];
  const criteria = await tx.accreditationCriterion.findMany({
    where: { strand: { schemeId } },
    orderBy: [{ strand: { position: "asc" } }, { position: "asc" }],
    select: { id: true, key: true, text: true },
  });
  return criteria.map((c) => ({ id: c.id, label: `${c.key} ${c.text}` }));
}

/**
 * The words of the criteria a case study links to, as far as the reader may see them: Harbour's own
 * scheme is readable by everyone; a trust's own scheme only inside that trust, so its criteria are
 * left out for readers elsewhere rather than shown as ids.
 */
export async function criterionWords(tx: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.accreditationCriterion.findMany({
    where: { id: { in: ids } },
    select: { id: true, key: true, text: true },
  });
  const byId = new Map(rows.map((r) => [r.id, `${r.key} ${r.text}`]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
