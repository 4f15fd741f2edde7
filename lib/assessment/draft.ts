// The self-assessment's local draft: every change the server has not yet confirmed (and, until the
// next load, the answers it confirmed), kept on the device (localStorage) so that a dropped
// connection, a closed tab, a flat battery or a database crash loses nothing.
// Pure apart from the three small storage helpers at the end, which never throw.

export type AnswerValue = { rating: number | null; comment: string };
export type TrainingValue = {
  barriers: string[];
  barrierOther: string;
  preferredFormats: string[];
  overallConfidence: number | null;
  /** Wellbeing answers by question key, CONFIDENTIAL rounds only; a missing key is "prefer not to say". */
  wellbeing: Record<string, number>;
};

/** When a change was made, on the server's clock (the client's clock corrected by the known skew). */
type Stamped<T> = T & { changedAt: number };

export type Draft = {
  v: 1;
  frameworkVersionId: string;
  answers: Record<string, Stamped<AnswerValue>>;
  /**
   * Answers the server confirmed during this visit. A save is confirmed once committed, before
   * Postgres has flushed it to disk (decision 0048), so a database crash just then could lose it:
   * they stay here until the next load finds them on the server, or sends them again.
   */
  confirmed: Record<string, Stamped<AnswerValue>>;
  training: Stamped<TrainingValue> | null;
  step: Stamped<{ value: number }> | null;
  /** Made once, before the first submit, and reused by every retry so the server can tell them apart. */
  submitKey: string | null;
};

export const emptyDraft = (frameworkVersionId: string): Draft => ({
  v: 1,
  frameworkVersionId,
  answers: {},
  confirmed: {},
  training: null,
  step: null,
  submitKey: null,
});

export const draftKey = (schoolId: string, roundId: string, personId: string) =>
  `harbour:assessment-draft:${schoolId}:${roundId}:${personId}`;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isRating = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 4;

/** Reads a stored draft defensively: anything malformed, or for another framework version, is ignored. */
export function parseDraft(raw: string | null, frameworkVersionId: string): Draft {
  const empty = emptyDraft(frameworkVersionId);
  if (!raw) return empty;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isObject(data) || data.v !== 1 || data.frameworkVersionId !== frameworkVersionId) return empty;
  const answers = stampedAnswers(data.answers);
  const confirmed = stampedAnswers(data.confirmed);
  const t = data.training;
  const training =
    isObject(t) && typeof t.changedAt === "number" ? { ...trainingValue(t), changedAt: t.changedAt } : null;
  const s = data.step;
  const step =
    isObject(s) && Number.isInteger(s.value) && typeof s.changedAt === "number"
      ? { value: s.value as number, changedAt: s.changedAt }
      : null;
  const submitKey = typeof data.submitKey === "string" ? data.submitKey : null;
  return { ...empty, answers, confirmed, training, step, submitKey };
}

function stampedAnswers(raw: unknown): Draft["answers"] {
  const answers: Draft["answers"] = {};
  for (const [code, a] of Object.entries(isObject(raw) ? raw : {})) {
    if (!isObject(a) || typeof a.changedAt !== "number") continue;
    answers[code] = {
      rating: isRating(a.rating) ? a.rating : null,
      comment: typeof a.comment === "string" ? a.comment : "",
      changedAt: a.changedAt,
    };
  }
  return answers;
}

/** Normalises training values from the server or a stored draft. */
export function trainingValue(t: Record<string, unknown>): TrainingValue {
  const strings = (x: unknown) =>
    Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : [];
  const wellbeing: Record<string, number> = {};
  if (isObject(t.wellbeing)) {
    for (const [k, v] of Object.entries(t.wellbeing)) if (Number.isInteger(v)) wellbeing[k] = v as number;
  }
  return {
    barriers: strings(t.barriers),
    barrierOther: typeof t.barrierOther === "string" ? t.barrierOther : "",
    preferredFormats: strings(t.preferredFormats),
    overallConfidence: Number.isInteger(t.overallConfidence) ? (t.overallConfidence as number) : null,
    wellbeing,
  };
}

export type ServerCopy = {
  answers: Record<string, { rating: number; comment: string | null }>;
  /** When the server last changed each answer (ms, server clock). */
  answerTimes: Record<string, number>;
  training: TrainingValue;
  currentStep: number;
};

export type Merged = {
  draft: Draft;
  answers: Record<string, AnswerValue>;
  training: TrainingValue;
  step: number;
};

/**
 * What the page shows on load: the server's answers, overlaid with every draft change that is newer
 * than the server's copy of the same answer. Older draft entries (another device has answered
 * since, or the confirmation was lost after the server saved it) are dropped from the draft. A
 * confirmed answer the server does not have (lost in a database crash) is pending again.
 */
export function mergeDraft(draft: Draft, server: ServerCopy): Merged {
  const answers: Record<string, AnswerValue> = {};
  for (const [code, a] of Object.entries(server.answers))
    answers[code] = { rating: a.rating, comment: a.comment ?? "" };
  const kept: Draft["answers"] = {};
  const all = { ...draft.confirmed };
  for (const [code, pending] of Object.entries(draft.answers))
    if (!all[code] || all[code].changedAt < pending.changedAt) all[code] = pending;
  for (const [code, pending] of Object.entries(all)) {
    const serverTime = server.answerTimes[code];
    if (serverTime !== undefined && serverTime >= pending.changedAt) continue;
    // A comment typed on another visit keeps the rating the server already has.
    const merged = { ...pending, rating: pending.rating ?? answers[code]?.rating ?? null };
    kept[code] = merged;
    answers[code] = { rating: merged.rating, comment: merged.comment };
  }
  const training = draft.training ? withoutStamp(draft.training) : server.training;
  const step = draft.step?.value ?? server.currentStep;
  return { draft: { ...draft, answers: kept, confirmed: {} }, answers, training, step };
}

function withoutStamp<T>(value: T & { changedAt: number }): T {
  const copy: T & { changedAt?: number } = { ...value };
  delete copy.changedAt;
  return copy;
}

/** Answers the server can take now: a comment alone waits in the draft until its rating is chosen. */
export function sendableAnswers(draft: Draft) {
  return Object.entries(draft.answers)
    .filter(([, a]) => a.rating !== null)
    .map(([competencyCode, a]) => ({
      competencyCode,
      rating: a.rating as number,
      comment: a.comment.trim() || undefined,
    }));
}

/** How many changes are waiting to be sent (comments still waiting for a rating are not counted). */
export function pendingCount(draft: Draft): number {
  return sendableAnswers(draft).length + (draft.training ? 1 : 0) + (draft.step ? 1 : 0);
}

/**
 * Moves what the server confirmed out of what is pending, unless it changed again while the save was
 * on its way; confirmed answers are kept until the next load (see `confirmed`).
 */
export function acknowledge(
  draft: Draft,
  sent: { answers?: Record<string, number>; training?: number; step?: number },
): Draft {
  const answers = { ...draft.answers };
  const confirmed = { ...draft.confirmed };
  for (const [code, changedAt] of Object.entries(sent.answers ?? {})) {
    const answer = answers[code];
    if (answer?.changedAt !== changedAt) continue;
    confirmed[code] = answer;
    delete answers[code];
  }
  const training = draft.training && draft.training.changedAt === sent.training ? null : draft.training;
  const step = draft.step && draft.step.changedAt === sent.step ? null : draft.step;
  return { ...draft, answers, confirmed, training, step };
}

/** What the server's schema accepts: "Other" is only sent once it says what the other barrier is. */
export function trainingPayload(t: TrainingValue, confidential: boolean) {
  const other = t.barrierOther.trim();
  const barriers = t.barriers.filter((b) => b !== "OTHER" || other.length > 0);
  return {
    barriers,
    barrierOther: barriers.includes("OTHER") ? other : undefined,
    preferredFormats: t.preferredFormats,
    overallConfidence: t.overallConfidence ?? undefined,
    // Never sent in a NAMED round: nothing about the person's own health is asked there.
    ...(confidential ? { wellbeing: t.wellbeing } : {}),
  };
}

// localStorage can be missing, full or forbidden (private browsing): the draft then lives in memory only.
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, draft: Draft): void {
  try {
    const empty =
      pendingCount(draft) === 0 &&
      Object.keys(draft.answers).length === 0 &&
      Object.keys(draft.confirmed).length === 0 &&
      !draft.submitKey;
    if (empty) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing more to do: the in-memory draft is still retried.
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
