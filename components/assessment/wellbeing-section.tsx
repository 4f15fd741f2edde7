"use client";

import { useState } from "react";
import { WELLBEING_QUESTIONS } from "@/lib/assessment/choices";
import { RadioOptions } from "./choices";

// 0 stands for "prefer not to say": the answer is then left out altogether.
const AGREEMENT = [
  { value: 1, label: "Strongly disagree" },
  { value: 2, label: "Disagree" },
  { value: 3, label: "Neither agree nor disagree" },
  { value: 4, label: "Agree" },
  { value: 5, label: "Strongly agree" },
  { value: 0, label: "Prefer not to say" },
];

/** Optional, and only in CONFIDENTIAL rounds: reported to the lead only as totals for groups. */
export function WellbeingSection({
  value,
  onChange,
}: {
  value: Record<string, number>;
  onChange: (value: Record<string, number>) => void;
}) {
  // "Prefer not to say" is stored as no answer; remembered here only so the choice stays ticked.
  const [declined, setDeclined] = useState<string[]>([]);
  const set = (key: string, answer: number) => {
    setDeclined((d) => (answer === 0 ? [...d, key] : d.filter((k) => k !== key)));
    const next = { ...value };
    if (answer === 0) delete next[key];
    else next[key] = answer;
    onChange(next);
  };
  return (
    <section
      aria-labelledby="wellbeing-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="wellbeing-heading" className="text-lg font-semibold">
        Your own wellbeing (optional)
      </h3>
      <p className="text-sm text-slate-700">
        These questions are only asked in confidential rounds. Your answers are only ever reported as totals
        for groups of staff, never on their own. Skip any you prefer not to answer.
      </p>
      {Object.entries(WELLBEING_QUESTIONS).map(([key, question]) => (
        <fieldset key={key} className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{question}</legend>
          <RadioOptions
            name={`wellbeing-${key}`}
            options={AGREEMENT}
            value={value[key] ?? (declined.includes(key) ? 0 : null)}
            onChange={(answer) => set(key, answer)}
          />
        </fieldset>
      ))}
    </section>
  );
}
