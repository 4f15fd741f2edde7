"use client";

import { useState } from "react";
import { InvitationLinks } from "@/components/people/invitation-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach, type Reached } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";
import type { AcceptResult } from "@/lib/roster-sync/apply";
import type { SyncProposals } from "@/lib/roster-sync/diff";
import type { ProposalChoiceInput } from "@/lib/roster-sync/schemas";
import { JOB_ROLES } from "@/lib/tiers";

type Props = {
  proposals: Pick<SyncProposals, "joiners" | "leavers" | "changes">;
  accept: (values: ProposalChoiceInput) => Promise<ActionResult<AcceptResult>>;
  reject: (values: ProposalChoiceInput) => Promise<ActionResult<{ rejected: number }>>;
};

type Item = { key: string; text: string };
const label = (j: keyof typeof JOB_ROLES) => JOB_ROLES[j].label.toLowerCase();

/** Every proposal in words, all chosen to begin with; the lead accepts or rejects those chosen. */
export function ProposalsForm({ proposals, accept, reject }: Props) {
  const groups: { id: string; legend: string; items: Item[] }[] = [
    {
      id: "joiners",
      legend: `Joiners to invite (${proposals.joiners.length})`,
      items: proposals.joiners.map((j) => ({
        key: j.key,
        text: `Invite ${j.name} (${j.email}) as ${label(j.jobRole)}`,
      })),
    },
    {
      id: "changes",
      legend: `Job role changes (${proposals.changes.length})`,
      items: proposals.changes.map((c) => ({
        key: c.key,
        text: `Change ${c.name} from ${label(c.from)} to ${label(c.to)} (“${c.title}” in your MIS)`,
      })),
    },
    {
      id: "leavers",
      legend: `Leavers to remove (${proposals.leavers.length})`,
      items: proposals.leavers.map((l) => ({
        key: l.key,
        text: `Remove ${l.name} (${l.email}): no longer in your MIS. Their past answers stay with the school.`,
      })),
    },
  ];
  const all = groups.flatMap((g) => g.items.map((i) => i.key));
  // What the lead unticked: proposals that appear later (after saving job roles) start ticked.
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const chosen = new Set(all.filter((k) => !unticked.has(k)));
  const [busy, setBusy] = useState<"accept" | "reject" | null>(null);
  const [accepted, setAccepted] = useState<Reached<ActionResult<AcceptResult>> | null>(null);
  const [rejected, setRejected] = useState<Reached<ActionResult<{ rejected: number }>> | null>(null);

  const toggle = (key: string, on: boolean) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  async function send(which: "accept" | "reject") {
    setBusy(which);
    setAccepted(null);
    setRejected(null);
    const keys = [...chosen];
    if (which === "accept") setAccepted(await reach(() => accept({ keys })));
    else setRejected(await reach(() => reject({ keys })));
    setBusy(null);
  }

  const failure = (accepted && !accepted.ok && accepted) || (rejected && !rejected.ok && rejected) || null;
  return (
    <div className="flex flex-col gap-5">
      {failure && <Alert tone="error">{failure.fieldErrors?.keys?.[0] ?? failure.message}</Alert>}
      {accepted?.ok && (
        <Alert tone="success">
          <p className="mb-2 font-medium">
            Done: {accepted.data.joined} invited, {accepted.data.changed} job roles changed,{" "}
            {accepted.data.left} removed.
          </p>
          {accepted.data.invitations.length > 0 && (
            <InvitationLinks invitations={accepted.data.invitations} />
          )}
        </Alert>
      )}
      {rejected?.ok && (
        <Alert tone="success">
          Rejected {rejected.data.rejected}. They will not be proposed again unless your MIS data for them
          changes.
        </Alert>
      )}
      {all.length === 0 ? (
        <p>Harbour and your MIS agree: there is nothing to propose.</p>
      ) : (
        <>
          {groups
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <fieldset key={g.id} className="flex flex-col gap-2">
                <legend className="mb-1 font-medium">{g.legend}</legend>
                {g.items.map((item, i) => (
                  <div key={item.key} className="flex items-start gap-3">
                    <input
                      id={`${g.id}-${i}`}
                      type="checkbox"
                      className="mt-1 size-5 shrink-0"
                      checked={chosen.has(item.key)}
                      onChange={(e) => toggle(item.key, e.target.checked)}
                    />
                    <label htmlFor={`${g.id}-${i}`} className="break-words">
                      {item.text}
                    </label>
                  </div>
                ))}
              </fieldset>
            ))}
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              onClick={() => send("accept")}
              busy={busy === "accept"}
              disabled={busy !== null}
            >
              Accept chosen ({chosen.size})
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => send("reject")}
              busy={busy === "reject"}
              disabled={busy !== null}
            >
              Reject chosen
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
