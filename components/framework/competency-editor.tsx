"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { rewordFormSchema } from "@/lib/framework/forms";
import { idOf, type FrameworkActions, type NewVersion } from "./types";
import { useFrameworkVersion } from "./version-context";
import { reach, type Reached } from "@/components/ui/reach";

type Competency = { code: string; statement: string; guidance: string | null; retired: boolean };
type Props = { competency: Competency; actions: Pick<FrameworkActions, "reword" | "retire" | "reinstate"> };

/** Reword or retire one competency (or reinstate a retired one); each makes a new version. */
export function CompetencyEditor({ competency, actions }: Props) {
  const { code } = competency;
  const { current, advance } = useFrameworkVersion();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Reached<ActionResult<NewVersion>> | null>(null);

  async function toggle(retire: boolean) {
    const question = retire
      ? `Retire ${code}? Later rounds will not ask it; rounds already open keep it. You can reinstate it later.`
      : `Reinstate ${code}? Rounds opened from now on will ask it again.`;
    if (!window.confirm(question)) return;
    setBusy(true);
    const result = await reach(() =>
      (retire ? actions.retire : actions.reinstate)({ code, baseVersionId: current.id }),
    );
    if (result.ok) advance(result.data);
    setOutcome(result);
    setBusy(false);
  }

  if (competency.retired) {
    return (
      <div className="mt-2 flex flex-col gap-2">
        <div>
          <Button type="button" variant="secondary" busy={busy} onClick={() => toggle(false)}>
            Reinstate<span className="sr-only"> {code}</span>
          </Button>
        </div>
        <Outcome result={outcome} />
      </div>
    );
  }
  return (
    <details className="mt-2">
      <summary className="min-h-11 cursor-pointer py-2 text-harbour-700 underline">
        Reword or retire<span className="sr-only"> {code}</span>
      </summary>
      <div className="flex flex-col gap-4 border-l-4 border-slate-200 pl-3">
        <RewordForm competency={competency} reword={actions.reword} />
        <div className="flex flex-col gap-2">
          <div>
            <Button type="button" variant="danger" busy={busy} onClick={() => toggle(true)}>
              Retire {code}
            </Button>
          </div>
          <Outcome result={outcome} />
        </div>
      </div>
    </details>
  );
}

function RewordForm({ competency, reword }: { competency: Competency; reword: FrameworkActions["reword"] }) {
  const { current, advance } = useFrameworkVersion();
  const id = `reword-${idOf(competency.code)}`;
  // The base version is added at the moment of sending, so a form left open names the latest.
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    rewordFormSchema,
    async (values) => {
      const outcome = await reword({ ...values, baseVersionId: current.id });
      if (outcome.ok) advance(outcome.data);
      return outcome;
    },
    { code: competency.code, statement: competency.statement, guidance: competency.guidance ?? "" },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Reword ${competency.code}`}
      className="flex flex-col gap-3"
    >
      <TextAreaField
        id={`${id}-statement`}
        label="Statement"
        rows={4}
        error={errorOf("statement")}
        {...form.register("statement")}
      />
      <TextAreaField
        id={`${id}-guidance`}
        label="Guidance (optional)"
        error={errorOf("guidance")}
        {...form.register("guidance")}
      />
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Save new wording<span className="sr-only"> for {competency.code}</span>
        </Button>
      </div>
      <Outcome result={result} hideError={Boolean(errorOf("statement") || errorOf("guidance"))} />
    </form>
  );
}

function Outcome({
  result,
  hideError,
}: {
  result: Reached<ActionResult<NewVersion>> | null;
  hideError?: boolean;
}) {
  return (
    <div aria-live="polite">
      {result && !result.ok && !hideError && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Saved as version {result.data.number}.</Alert>}
    </div>
  );
}
