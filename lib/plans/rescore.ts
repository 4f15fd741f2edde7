import "server-only";
// Credits a hand-added booking with the gaps it closes, in NAMED plans only: a CONFIDENTIAL round's
// answers are never tied to a person, so a named attendee added there is not scored.
import type { Tx } from "../db/scope";
import { gapRecord } from "../gaps/analysis";
import { loadRoundGapData } from "../gaps/queries";
import { pointsClosed } from "../planner/prepare";
import type { SchoolContext } from "../tenancy/context";
import type { CatalogueCourse, DraftVersion, StoredClose } from "./store";

/**
 * For each person, what the course closes on each of their gaps beyond what the plan already credits
 * them with there (a need counts its best course, never the sum, as in the planner).
 */
export async function creditFor(
  tx: Tx,
  ctx: SchoolContext,
  v: DraftVersion,
  course: Pick<CatalogueCourse, "outcomes">,
  personIds: string[],
): Promise<StoredClose[]> {
  if (v.summary.mode !== "NAMED" || personIds.length === 0) return [];
  const plan = await tx.trainingPlan.findUniqueOrThrow({
    where: { id: v.planId },
    select: { roundId: true },
  });
  const data = await loadRoundGapData(tx, ctx, plan.roundId);
  const tierOf = new Map(data.competencies.map((c) => [c.code, c.tier]));
  const credited = new Map<string, number>();
  for (const item of v.items)
    for (const c of item.closes)
      credited.set(
        `${c.unitId}/${c.competencyCode}`,
        (credited.get(`${c.unitId}/${c.competencyCode}`) ?? 0) + c.points,
      );
  const out: StoredClose[] = [];
  for (const personId of personIds) {
    const respondent = data.respondents.find((r) => r.personId === personId);
    if (!respondent) continue;
    const gaps = gapRecord(respondent, data.competencies, data.targets);
    for (const o of course.outcomes) {
      const gap = gaps[o.competencyCode];
      const tier = tierOf.get(o.competencyCode);
      if (!gap || !tier) continue;
      const extra =
        pointsClosed(gap, data.targets[tier], o.level) -
        (credited.get(`${personId}/${o.competencyCode}`) ?? 0);
      if (extra > 0) out.push({ unitId: personId, competencyCode: o.competencyCode, points: extra, tier });
    }
  }
  return out;
}
