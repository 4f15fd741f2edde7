"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { AutosaveQueue, type AnswersInput, type TrainingInput } from "@/lib/assessment/autosave";
import { postAnswers } from "@/lib/assessment/save-request";
import {
  draftKey,
  emptyDraft,
  mergeDraft,
  parseDraft,
  readStored,
  type ServerCopy,
} from "@/lib/assessment/draft";
import type { Step } from "@/lib/assessment/rules";
import type { RatingLevel } from "@/lib/framework/versioning";
import type { Tier } from "@/lib/tiers";
import { CompetencyQuestion } from "./competency-question";
import { ModeNotice } from "./mode-notice";
import { SaveStatusLine } from "./save-status";
import { StepProgress } from "./step-progress";
import { SubmitPanel, type MissingStep } from "./submit-panel";
import { SubmittedView } from "./submitted-view";
import { TrainingStep } from "./training-step";
import { useAutosave } from "./use-autosave";
import { useSubmit, type SubmitAction, type Submitted } from "./use-submit";

type Save<I> = (input: I) => Promise<ActionResult<{ savedAt: Date | string }>>;

export type WizardProps = {
  schoolId: string;
  /** The school's home page, for the link after submitting. */
  home: string;
  personId: string;
  round: { id: string; title: string; mode: "NAMED" | "CONFIDENTIAL" };
  frameworkVersionId: string;
  ratingScale: RatingLevel[];
  requiredTier: Tier;
  steps: Step[];
  server: ServerCopy;
  /** The server's clock when the page was made, to stamp changes on the same clock as its copy. */
  serverNow: number;
  saveTraining: Save<TrainingInput>;
  submit: SubmitAction;
};

const stepTitle = (s: Step) => (s.kind === "domain" ? s.domain.name : "About your training");

/**
 * The questions render on the server with the saved answers, so they show before any JavaScript
 * has run; the browser then hydrates them for autosave, navigation and the device's draft.
 */
export function AssessmentWizard(props: WizardProps) {
  const { round, frameworkVersionId, steps } = props;
  const key = draftKey(props.schoolId, round.id, props.personId);
  // The server's copy alone, on the server and in the first browser render alike (so hydration
  // matches); the device's draft, which only the browser has, is merged in just after.
  const [start] = useState(() => mergeDraft(emptyDraft(frameworkVersionId), props.server));
  const { queue, status } = useAutosave(
    () =>
      new AutosaveQueue(
        {
          storageKey: key,
          roundId: round.id,
          frameworkVersionId,
          confidential: round.mode === "CONFIDENTIAL",
          saveAnswers: (input: AnswersInput) => postAnswers(props.schoolId, input),
          saveTraining: props.saveTraining,
        },
        start.draft,
        props.serverNow,
      ),
  );
  const [answers, setAnswers] = useState(start.answers);
  const [training, setTraining] = useState(start.training);
  const [step, setStep] = useState(() => Math.min(Math.max(0, start.step), steps.length - 1));
  const [showMissing, setShowMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<Submitted | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const submitting = useSubmit({
    queue,
    roundId: round.id,
    frameworkVersionId,
    submit: props.submit,
    onDone: setDone,
  });

  // Before the first paint after hydration and before the queue starts (useAutosave's effect): a
  // draft change newer than the server's copy wins, as on any load, and unsent changes are resent.
  useLayoutEffect(() => {
    const merged = mergeDraft(parseDraft(readStored(key), frameworkVersionId), props.server);
    queue.adopt(merged.draft);
    // Deliberate: one render after hydration, before paint, with what only the browser can read.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswers(merged.answers);
    setTraining(merged.training);
    setStep(Math.min(Math.max(0, merged.step), steps.length - 1));
    setHydrated(true);
    // Once, as the page opens: like the state above, later props never reset what the person is doing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keyboard focus scrolls clear of the sticky footer (the status line and Back/Next buttons).
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingBottom = "10rem";
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, []);

  // Focus follows the step, so a screen reader announces where the person now is.
  useEffect(() => {
    if (!moved.current) return;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [step]);

  if (done?.results) {
    return (
      <SubmittedView
        justSubmitted
        home={props.home}
        submittedAt={done.submittedAt}
        results={done.results}
        requiredTier={props.requiredTier}
        scale={props.ratingScale}
        steps={steps}
        answers={answers}
      />
    );
  }

  const go = (index: number) => {
    moved.current = true;
    setStep(index);
    queue.setStep(index);
  };
  const missing: MissingStep[] = steps.flatMap((s, index) => {
    if (s.kind !== "domain") return [];
    const count = s.competencies.filter((c) => answers[c.code]?.rating == null).length;
    return count > 0 ? [{ index, title: s.domain.name, count }] : [];
  });
  const onSubmit = () => {
    setAttempt((a) => a + 1);
    if (missing.length > 0) setShowMissing(true);
    else void submitting.run();
  };
  const current = steps[step]!;
  const last = step === steps.length - 1;

  // The controls wait for the script (a fraction of a second after the questions show): a choice
  // made before React is listening would look made but never reach the draft or the server.
  return (
    <fieldset disabled={!hydrated} className="m-0 flex min-w-0 flex-col gap-4 border-0 p-0 pb-4">
      <ModeNotice mode={round.mode} compact />
      <StepProgress index={step} total={steps.length} />
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {stepTitle(current)}
      </h2>
      {current.kind === "domain" ? (
        <div className="flex flex-col gap-4">
          <p className="text-slate-700">{current.domain.description}</p>
          {current.competencies.map((c) => (
            <CompetencyQuestion
              key={c.code}
              competency={c}
              scale={props.ratingScale}
              value={answers[c.code]}
              showMissing={showMissing}
              onChange={(value) => {
                setAnswers((a) => ({ ...a, [c.code]: value }));
                queue.setAnswer(c.code, value);
              }}
            />
          ))}
        </div>
      ) : (
        <>
          <TrainingStep
            value={training}
            confidential={round.mode === "CONFIDENTIAL"}
            onChange={(value) => {
              setTraining(value);
              queue.setTraining(value);
            }}
          />
          <SubmitPanel
            missing={missing}
            showMissing={showMissing}
            attempt={missing.length > 0 ? attempt : 0}
            busy={submitting.busy}
            error={submitting.error}
            onSubmit={onSubmit}
            onGo={go}
          />
        </>
      )}
      <div className="sticky bottom-0 z-20 -mx-4 flex flex-col gap-2 border-t border-slate-200 bg-white px-4 py-3">
        <SaveStatusLine status={status} retry={() => void queue.flush(true)} />
        <div className="flex justify-between gap-3">
          <Button type="button" variant="secondary" onClick={() => go(step - 1)} disabled={step === 0}>
            Back
          </Button>
          {!last && (
            <Button type="button" onClick={() => go(step + 1)}>
              Next
            </Button>
          )}
        </div>
      </div>
    </fieldset>
  );
}
