import "server-only";
// The lead's list of rounds, each with its response rate, and the school's k for explaining the
// modes. A fixed number of queries however many rounds there are: members and responses are read
// once and counted per round here.
import { withScope } from "../db/scope";
import type { ProgressFigures } from "../disclosure";
import type { JobRole } from "../generated/prisma/enums";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { loadAskedPeople } from "./members";
import { listRounds, type RoundSummary } from "./queries";
import { isAsked } from "./rules";

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
    const members = await loadAskedPeople(tx, {
      audience: "ALL_STAFF",
      jobRoles: [],
      schoolId: ctx.schoolId,
    });
    const responses = await tx.response.findMany({
      where: { schoolId: ctx.schoolId, roundId: { in: rounds.map((r) => r.id) } },
      select: { id: true, roundId: true, personId: true, status: true },
    });
    const items = rounds.map((round) => {
      const asked = new Set(
        members
          .filter((m) =>
            isAsked({ audience: round.audience, jobRoles: round.jobRoles as JobRole[] }, m.jobRole),
          )
          .map((m) => m.personId),
      );
      const ofRound = responses.filter((r) => r.roundId === round.id);
      // As on the round's page: respondents who have since left still count as asked.
      // A response whose person erased their account still counts once.
      for (const r of ofRound) asked.add(r.personId ?? `response:${r.id}`);
      const submitted = ofRound.filter((r) => r.status === "SUBMITTED").length;
      const overall: ProgressFigures = {
        key: "all",
        label: "Everyone asked",
        asked: asked.size,
        submitted,
        rate: asked.size === 0 ? null : submitted / asked.size,
      };
      return { ...round, overall };
    });
    return { rounds: items, k: effectiveK(school.minGroupSize) };
  });
}
