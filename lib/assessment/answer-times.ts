import "server-only";
// When the server last changed each of the signed-in person's answers in a round, so the page can
// tell which changes in the device's draft are newer than the server's copy (and send only those).
import { withScope } from "../db/scope";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { findOwn, findRound } from "./store";

export async function myAnswerTimes(ctx: SchoolContext, roundId: string): Promise<Record<string, number>> {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    const response = await findOwn(tx, ctx, round);
    if (!response) return {};
    const rows = await tx.answer.findMany({
      where: { responseId: response.id },
      select: { competencyCode: true, updatedAt: true },
    });
    return Object.fromEntries(rows.map((r) => [r.competencyCode, r.updatedAt.getTime()]));
  });
}
