import "server-only";
// The lead's list of rounds, each with its response rate, and the school's k for explaining the
// modes. One grouped read however many rounds and staff there are: each round's asked and submitted
// counts come from RoundSummary, which triggers keep as lib/rounds/participants.ts counts them
// (decision 0031), so the list no longer reads every member and response of every round.
import { withScope } from "../db/scope";
import type { ProgressFigures } from "../disclosure";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { listRounds, type RoundSummary } from "./queries";

export type RoundListItem = RoundSummary & { overall: ProgressFigures };

export async function roundsOverview(
  ctx: SchoolContext,
  now = new Date(),
): Promise<{ rounds: RoundListItem[]; k: number }> {
  const rounds = await listRounds(ctx, now);
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { minGroupSize: true },
    });
    const summaries = await tx.roundSummary.findMany({
      where: { schoolId: ctx.schoolId, roundId: { in: rounds.map((r) => r.id) } },
      select: { roundId: true, asked: true, submitted: true },
    });
    const byRound = new Map(summaries.map((s) => [s.roundId, s]));
    const items = rounds.map((round) => {
      const { asked, submitted } = byRound.get(round.id) ?? { asked: 0, submitted: 0 };
      const overall: ProgressFigures = {
        key: "all",
        label: "Everyone asked",
        asked,
        submitted,
        rate: asked === 0 ? null : submitted / asked,
      };
      return { ...round, overall };
    });
    return { rounds: items, k: effectiveK(school.minGroupSize) };
  });
}
