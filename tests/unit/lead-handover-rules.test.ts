// The pure rules of the lead handover: who may be appointed, who hands over, what moves, and how
// recorded handovers apply to a copied version.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionsToHandOver,
  applyReassignments,
  candidateProblem,
  CHOOSE_OUTGOING_MESSAGE,
  HEAD_MESSAGE,
  LEAD_SINCE_MESSAGE,
  NOT_A_MEMBER_MESSAGE,
  OUTGOING_NOT_LEAD_MESSAGE,
  outgoingLead,
  type ActionStatus,
} from "@/lib/lead-handover/rules";

describe("who can be appointed", () => {
  it("is a member of staff, not someone absent, a current lead or a head", () => {
    expect(candidateProblem(null)).toBe(NOT_A_MEMBER_MESSAGE);
    expect(candidateProblem({ personId: "a", name: "Ada", role: "LEAD" })).toMatch(/^Ada is already/);
    expect(candidateProblem({ personId: "a", name: "Ada", role: "HEAD" })).toBe(HEAD_MESSAGE);
    expect(candidateProblem({ personId: "a", name: "Ada", role: "STAFF" })).toBeNull();
  });
});

describe("the lead handing over", () => {
  const leads = [{ personId: "l1" }, { personId: "l2" }];
  it("is the one named, who must still be a lead", () => {
    expect(outgoingLead(leads, "l2")).toEqual({ ok: true, lead: { personId: "l2" } });
    expect(outgoingLead(leads, "gone")).toEqual({ ok: false, message: OUTGOING_NOT_LEAD_MESSAGE });
  });
  it("is nobody only when the school has no lead; otherwise the head must say who", () => {
    expect(outgoingLead([], undefined)).toEqual({ ok: true, lead: null });
    expect(outgoingLead(leads, "")).toEqual({ ok: false, message: CHOOSE_OUTGOING_MESSAGE });
    expect(outgoingLead([leads[0]!], null)).toEqual({ ok: false, message: LEAD_SINCE_MESSAGE });
  });
});

const STATUSES: ActionStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED"];
const action = fc.record({
  key: fc.uuid(),
  ownerId: fc.constantFrom("old", "other", null),
  ownerName: fc.constant("x"),
  status: fc.constantFrom(...STATUSES),
});

describe("what moves", () => {
  it("is exactly the outgoing lead's open actions, whatever the plan holds", () => {
    fc.assert(
      fc.property(fc.array(action), (actions) => {
        const moved = actionsToHandOver(actions, "old");
        expect(moved).toEqual(
          actions.filter(
            (a) => a.ownerId === "old" && (a.status === "NOT_STARTED" || a.status === "IN_PROGRESS"),
          ),
        );
        expect(actionsToHandOver(actions, null)).toEqual([]);
      }),
    );
  });

  it("passes on an action still owned by who handed it over, along a chain, and leaves the rest", () => {
    const acts = [
      { key: "a", ownerId: "old", ownerName: "Old" },
      { key: "b", ownerId: "other", ownerName: "Other" },
      { key: "c", ownerId: "old", ownerName: "Old" },
    ];
    const out = applyReassignments(acts, [
      { actionKey: "a", fromPersonId: "old", toPersonId: "new", toName: "New" },
      { actionKey: "b", fromPersonId: "old", toPersonId: "new", toName: "New" },
      { actionKey: "a", fromPersonId: "new", toPersonId: "newer", toName: "Newer" },
    ]);
    expect(out.map((a) => [a.ownerId, a.ownerName])).toEqual([
      ["newer", "Newer"],
      ["other", "Other"],
      ["old", "Old"],
    ]);
    expect(out[1]).toBe(acts[1]);
  });
});
