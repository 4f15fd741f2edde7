"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import type { TrainingValue } from "@/lib/assessment/draft";
import { BARRIER_LABELS, BARRIERS, FORMAT_LABELS, FORMATS } from "@/lib/assessment/choices";
import { CheckboxGroup, RadioOptions } from "./choices";
import { WellbeingSection } from "./wellbeing-section";

const CONFIDENCE = [
  { value: 1, label: "1 Not at all confident" },
  { value: 2, label: "2 Slightly confident" },
  { value: 3, label: "3 Fairly confident" },
  { value: 4, label: "4 Confident" },
  { value: 5, label: "5 Very confident" },
];

/** The last step: what gets in the way, how the person likes to learn, how confident they feel. */
export function TrainingStep({
  value,
  onChange,
  confidential,
}: {
  value: TrainingValue;
  onChange: (value: TrainingValue) => void;
  confidential: boolean;
}) {
  const [otherTouched, setOtherTouched] = useState(false);
  const set = (patch: Partial<TrainingValue>) => onChange({ ...value, ...patch });
  const otherMissing = otherTouched && value.barriers.includes("OTHER") && !value.barrierOther.trim();
  return (
    <div className="flex flex-col gap-6">
      <CheckboxGroup
        name="barriers"
        legend="What makes it hard for you to take part in training?"
        hint="Tick any that apply."
        options={BARRIERS.map((b) => ({ value: b, label: BARRIER_LABELS[b] }))}
        value={value.barriers}
        onChange={(barriers) => set({ barriers })}
      >
        {value.barriers.includes("OTHER") && (
          <TextField
            id="barrier-other"
            label="What is the other barrier?"
            maxLength={500}
            value={value.barrierOther}
            onChange={(e) => set({ barrierOther: e.target.value })}
            onBlur={() => setOtherTouched(true)}
            error={otherMissing ? "Tell us what the other barrier is, so that it can be saved." : undefined}
          />
        )}
      </CheckboxGroup>
      <CheckboxGroup
        name="formats"
        legend="Which ways of learning suit you best?"
        hint="Tick any that apply."
        options={FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
        value={value.preferredFormats}
        onChange={(preferredFormats) => set({ preferredFormats })}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">
          Overall, how confident do you feel about supporting pupils&apos; mental health?
        </legend>
        <RadioOptions
          name="confidence"
          options={CONFIDENCE}
          value={value.overallConfidence}
          onChange={(overallConfidence) => set({ overallConfidence })}
        />
      </fieldset>
      {confidential && (
        <WellbeingSection value={value.wellbeing} onChange={(wellbeing) => set({ wellbeing })} />
      )}
    </div>
  );
}
