import "server-only";
// Everyone a round's figures are about: each person it asks (with their response's state, job role
// and tier once they have one) and anyone who responded and has since left or changed role.
// Progress and the gap report read the same list, so they publish the same groups (lib/disclosure).
import type { Tx } from "../db/scope";
import type { Participant } from "../disclosure";
import type { Tier } from "../tiers";
import { loadAskedPeople, type AskedPerson } from "./members";
import type { Audience } from "./rules";

export type RoundParticipant = Participant & { person: AskedPerson | null };

export async function loadParticipants(
  tx: Tx,
  round: Audience & { id: string; schoolId: string },
): Promise<RoundParticipant[]> {
  const asked = await loadAskedPeople(tx, round);
  // Participation, not Response: a CONFIDENTIAL response names no one (decision 0045).
  const responses = await tx.participation.findMany({
    where: { roundId: round.id, schoolId: round.schoolId },
    select: { personId: true, status: true, jobRole: true, requiredTier: true },
  });
  const byPerson = new Map(responses.map((r) => [r.personId, r]));
  const stillAsked = new Set(asked.map((a) => a.personId));
  const people: RoundParticipant[] = asked.map((a) => {
    const r = byPerson.get(a.personId);
    return {
      jobRole: r?.jobRole ?? a.jobRole,
      tier: (r?.requiredTier ?? a.requiredTier) as Tier,
      state: r?.status ?? "NOT_STARTED",
      person: a,
    };
  });
  // Respondents stay counted even if they have since left or changed role.
  for (const r of responses) {
    if (!r.personId || !stillAsked.has(r.personId))
      people.push({ jobRole: r.jobRole, tier: r.requiredTier as Tier, state: r.status, person: null });
  }
  return people;
}
