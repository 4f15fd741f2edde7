"use client";
// The trust leader's three steps: assign a peer reviewer, record the visit, decide.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import {
  assignReviewerSchema,
  decisionSchema,
  INTERVIEWEE_LABEL,
  inviteVisitAssessorSchema,
  INTERVIEWEES,
  visitSchema,
  type AssignReviewerInput,
  type DecisionInput,
  type InviteVisitAssessorInput,
  type VisitInput,
} from "@/lib/accreditation/forms";
import { decisionWords } from "@/lib/accreditation/levels";
import { LEVELS } from "@/lib/accreditation/rules";
import type { LevelKey } from "@/lib/accreditation/default-scheme";

type Result<T> = Promise<ActionResult<T>>;

function useRefreshOn(ok: boolean | undefined) {
  const router = useRouter();
  useEffect(() => {
    if (ok) router.refresh();
  }, [ok, router]);
}

export function AssignForm({
  submissionId,
  reviewers,
  assign,
  current,
}: {
  submissionId: string;
  reviewers: { personId: string; name: string; schoolName: string }[];
  assign: (v: AssignReviewerInput) => Result<{ submissionId: string }>;
  /** The reviewer now assigned, when this form reassigns. */
  current?: string | null;
}) {
  const reassign = current !== undefined;
  const { form, onSubmit, result, errorOf, busy } = useActionForm(assignReviewerSchema, assign, {
    submissionId,
    reviewerId: "",
  });
  useRefreshOn(result?.ok);
  const choices = reviewers.filter((r) => r.personId !== current);
  if (choices.length === 0)
    return (
      <Alert>
        {reassign
          ? "No other school in the trust has a lead who could review instead."
          : "No other school in the trust has a lead yet. Invite one, then come back to assign them."}
      </Alert>
    );
  const what = reassign ? "Reassign the peer review" : "Assign a peer reviewer";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={what} className="flex flex-col gap-3">
      <SelectField
        id="reviewer"
        label={reassign ? "New peer reviewer" : "Peer reviewer"}
        hint={
          reassign
            ? "The current reviewer loses access at once and their unsent ratings are cleared; the new one starts afresh."
            : "The lead of another school in the trust. They will see this self-evaluation only."
        }
        options={[
          { value: "", label: "Choose a lead" },
          ...choices.map((r) => ({ value: r.personId, label: `${r.name}, ${r.schoolName}` })),
        ]}
        error={errorOf("reviewerId")}
        {...form.register("reviewerId")}
      />
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div>
        <Button type="submit" busy={busy}>
          {reassign ? "Reassign the review" : "Assign the reviewer"}
        </Button>
      </div>
    </form>
  );
}

/** The trust leader invites a visit assessor from outside the school (decision 0042). */
export function VisitAssessorForm({
  submissionId,
  invite,
}: {
  submissionId: string;
  invite: (
    v: InviteVisitAssessorInput,
  ) => Result<{ assessorId: string; email: string; link: string | null; emailed: boolean }>;
}) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(inviteVisitAssessorSchema, invite, {
    submissionId,
    name: "",
    email: "",
  });
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a visit assessor" className="flex flex-col gap-3">
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            {result.data.link ? (
              <>
                Invited. Email is not set up here, so send {result.data.email} this link yourself:{" "}
                <span className="break-all font-mono text-sm">{result.data.link}</span>
              </>
            ) : result.data.emailed ? (
              `Invited. ${result.data.email} has been emailed a link.`
            ) : (
              `${result.data.email} has already accepted.`
            )}
          </Alert>
        )}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField
          id="assessor-name"
          label="Assessor's name"
          error={errorOf("name")}
          {...form.register("name")}
        />
        <TextField
          id="assessor-email"
          type="email"
          label="Assessor's email"
          error={errorOf("email")}
          {...form.register("email")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Invite the assessor
        </Button>
      </div>
    </form>
  );
}

export function VisitForm({
  submissionId,
  today,
  assessors = "",
  record,
}: {
  submissionId: string;
  today: string;
  /** The accepted visit assessors' names, to start from. */
  assessors?: string;
  record: (v: VisitInput) => Result<{ submissionId: string }>;
}) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(visitSchema, record, {
    submissionId,
    visitedOn: today,
    assessors,
    interviewed: [],
    findings: "",
  });
  useRefreshOn(result?.ok);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Record the assessment visit"
      className="flex flex-col gap-3"
    >
      <TextField
        id="visited-on"
        type="date"
        label="Day of the visit"
        max={today}
        error={errorOf("visitedOn")}
        {...form.register("visitedOn")}
      />
      <TextField
        id="assessors"
        label="Assessors"
        hint="Names, separated by commas."
        error={errorOf("assessors")}
        {...form.register("assessors")}
      />
      <fieldset aria-describedby={errorOf("interviewed") ? "interviewed-error" : undefined}>
        <legend className="font-medium">Who the assessors spoke to</legend>
        {INTERVIEWEES.map((who) => (
          <label key={who} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" value={who} {...form.register("interviewed")} /> {INTERVIEWEE_LABEL[who]}
          </label>
        ))}
        {errorOf("interviewed") && (
          <p id="interviewed-error" className="text-sm font-medium text-red-800">
            {errorOf("interviewed")}
          </p>
        )}
      </fieldset>
      <TextAreaField
        id="findings"
        label="Findings"
        rows={5}
        error={errorOf("findings")}
        {...form.register("findings")}
      />
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div>
        <Button type="submit" busy={busy}>
          Record the visit
        </Button>
      </div>
    </form>
  );
}

export function DecisionForm({
  submissionId,
  supported,
  decide,
}: {
  submissionId: string;
  supported: LevelKey;
  decide: (v: DecisionInput) => Result<{ submissionId: string; level: string; renewalDue: string | null }>;
}) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(decisionSchema, decide, {
    submissionId,
    level: supported,
    feedback: "",
  });
  useRefreshOn(result?.ok);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Decide" className="flex flex-col gap-3">
      <p>
        The peer review supports: <span className="font-semibold">{decisionWords(supported)}</span>.
      </p>
      <SelectField
        id="level"
        label="Decision"
        options={LEVELS.map((l) => ({ value: l, label: decisionWords(l) }))}
        error={errorOf("level")}
        {...form.register("level")}
      />
      <TextAreaField
        id="feedback"
        label="Feedback to the school"
        hint="Needed when the school is not yet accredited: what to work on next."
        rows={4}
        error={errorOf("feedback")}
        {...form.register("feedback")}
      />
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div>
        <Button type="submit" busy={busy}>
          Record the decision
        </Button>
      </div>
    </form>
  );
}
