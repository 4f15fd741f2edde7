// The handover of the senior mental health lead, the pure part: who may be appointed, which of the
// old lead's actions pass to the new one, and how recorded handovers apply when a locked version is
// copied into a new one. No database, no clock.
import type { MembershipRole } from "../generated/prisma/enums";
import { can } from "../permissions";

export const NOT_A_MEMBER_MESSAGE = "That person is not in this school now. Choose someone from the list.";
export const ALREADY_LEAD_MESSAGE = "is already the senior mental health lead. Choose someone else.";
export const HEAD_MESSAGE =
  "A headteacher appoints the lead and cannot also be it in Harbour. Choose a member of staff.";
export const CHOOSE_OUTGOING_MESSAGE = "The school has more than one lead: choose the one handing over.";
export const LEAD_SINCE_MESSAGE =
  "The school has a lead now: someone may have appointed one since you opened this page. Reload it.";
export const OUTGOING_NOT_LEAD_MESSAGE =
  "That person is no longer a lead here: someone may have appointed a new lead since you opened this page. Reload it.";

export type Candidate = { personId: string; name: string; role: MembershipRole } | null;

/** Why this person cannot become the lead, beside the field; null when they can. */
export function candidateProblem(candidate: Candidate): string | null {
  if (!candidate) return NOT_A_MEMBER_MESSAGE;
  // A current lead is someone who manages the action plan; a head is someone who appoints leads.
  if (can(candidate.role, "action-plan:manage")) return `${candidate.name} ${ALREADY_LEAD_MESSAGE}`;
  if (can(candidate.role, "lead:appoint")) return HEAD_MESSAGE;
  return null;
}

/**
 * The lead handing over: the one the head's page named, who must still be a lead (a second
 * appointment racing the first finds them staff already and is refused); none named means the page
 * showed no lead, which must still be true.
 */
export function outgoingLead<L extends { personId: string }>(
  leads: L[],
  named: string | null | undefined,
): { ok: true; lead: L | null } | { ok: false; message: string } {
  if (named) {
    const lead = leads.find((l) => l.personId === named);
    return lead ? { ok: true, lead } : { ok: false, message: OUTGOING_NOT_LEAD_MESSAGE };
  }
  if (leads.length > 1) return { ok: false, message: CHOOSE_OUTGOING_MESSAGE };
  if (leads.length === 1) return { ok: false, message: LEAD_SINCE_MESSAGE };
  return { ok: true, lead: null };
}

export type ActionStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "DROPPED";
/** Done and dropped actions are finished: they keep the name of who did (or dropped) them. */
export const isOpen = (status: ActionStatus) => status === "NOT_STARTED" || status === "IN_PROGRESS";

/** The open actions the outgoing lead owns: these pass to the new lead. */
export function actionsToHandOver<A extends { ownerId: string | null; status: ActionStatus }>(
  actions: A[],
  fromPersonId: string | null,
): A[] {
  if (!fromPersonId) return [];
  return actions.filter((a) => a.ownerId === fromPersonId && isOpen(a.status));
}

export type Reassignment = {
  actionKey: string;
  fromPersonId: string | null;
  toPersonId: string;
  toName: string;
};

/**
 * Applies recorded handovers, oldest first, to a version's actions (when a locked version is copied
 * into a new draft): an action still owned by the person who handed it over passes to whom it was
 * handed; one the lead has since given to someone else stays with them.
 */
export function applyReassignments<A extends { key: string; ownerId: string | null; ownerName: string }>(
  actions: A[],
  reassignments: Reassignment[],
): A[] {
  return actions.map((a) => {
    let owner = { ownerId: a.ownerId, ownerName: a.ownerName };
    for (const r of reassignments)
      if (r.actionKey === a.key && owner.ownerId === r.fromPersonId)
        owner = { ownerId: r.toPersonId, ownerName: r.toName };
    return owner.ownerId === a.ownerId ? a : { ...a, ...owner };
  });
}
