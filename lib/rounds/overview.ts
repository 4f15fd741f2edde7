import "server-only";
// The lead's list of rounds, each with its response rate (withheld in a confidential round that
// asks fewer than k people), and the school's k for explaining the modes.
import { withScope } from "../db/scope";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { getRoundProgress } from "./progress";
import { listRounds, type RoundSummary } from "./queries";
import type { ProgressGroup } from "./rules";

export type RoundListItem = RoundSummary & { overall: ProgressGroup };

export async function roundsOverview(
  ctx: SchoolContext,
  now = new Date(),
): Promise<{ rounds: RoundListItem[]; k: number }> {
  const rounds = await listRounds(ctx, now);
  // The same figures, with the same withholding, as each round's own page.
  const progress = await Promise.all(rounds.map((r) => getRoundProgress(ctx, r.id, now)));
  const school = await withScope(scopeOf(ctx), (tx) =>
    tx.school.findUniqueOrThrow({ where: { id: ctx.schoolId }, select: { minGroupSize: true } }),
  );
  return {
    rounds: rounds.map((r, i) => ({ ...r, overall: progress[i]!.progress.overall })),
    k: effectiveK(school.minGroupSize),
  };
}
