// What staff said about training (barriers, preferred formats, confidence) and, in CONFIDENTIAL
// rounds, about their wellbeing, as published for a round. Pure: no database.
// Options keep their fixed order (never sorted by count, so position says nothing); in "controlled"
// mode a count under k is shown only as "fewer than k", and a mean needs k answers. Wellbeing
// answers are only ever published in aggregate, in both modes.
export type TrainingAnswers = {
  barriers: string[];
  formats: string[];
  confidence: number | null;
  wellbeing: Record<string, number> | null;
};

export type OptionCount = { key: string; count: number | null; share: number | null };
export type MeanFigure = { key: string; answered: number; mean: number | null };

export type PublishedAnswers = {
  respondents: number;
  barriers: OptionCount[];
  formats: OptionCount[];
  confidence: MeanFigure;
  wellbeing: MeanFigure[];
};

type Input = {
  mode: "full" | "controlled";
  k: number;
  answers: TrainingAnswers[];
  barrierKeys: readonly string[];
  formatKeys: readonly string[];
  wellbeingKeys: readonly string[];
};

export function publishTrainingAnswers({
  mode,
  k,
  answers,
  barrierKeys,
  formatKeys,
  wellbeingKeys,
}: Input): PublishedAnswers {
  const n = answers.length;
  const counts = (keys: readonly string[], pick: (a: TrainingAnswers) => string[]): OptionCount[] =>
    keys.map((key) => {
      const count = answers.filter((a) => pick(a).includes(key)).length;
      const shown = mode === "full" || count >= k;
      return { key, count: shown ? count : null, share: shown && n > 0 ? count / n : null };
    });
  const mean = (key: string, values: number[]): MeanFigure => {
    // Wellbeing means need k answers even in NAMED rounds: they are never shown person by person.
    const enough = values.length >= k || (mode === "full" && key === "confidence");
    return {
      key,
      answered: values.length,
      mean: enough && values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null,
    };
  };
  return {
    respondents: n,
    barriers: counts(barrierKeys, (a) => a.barriers),
    formats: counts(formatKeys, (a) => a.formats),
    confidence: mean(
      "confidence",
      answers.flatMap((a) => (a.confidence === null ? [] : [a.confidence])),
    ),
    wellbeing: wellbeingKeys.map((key) =>
      mean(
        key,
        answers.flatMap((a) => (typeof a.wellbeing?.[key] === "number" ? [a.wellbeing[key]] : [])),
      ),
    ),
  };
}
