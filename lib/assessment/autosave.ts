// Sends the self-assessment's changes to the server, on the browser side: each change goes into the
// local draft at once, is sent after a short pause (so a burst of clicks is one request, and no
// change waits more than about two seconds), and stays in the draft until the server confirms it.
// A failed send is retried with backoff and again when the browser comes back online.
import { isRetryable, type ActionResult } from "../actions/result";
import {
  acknowledge,
  pendingCount,
  sendableAnswers,
  writeStored,
  removeStored,
  emptyDraft,
  trainingPayload,
  type AnswerValue,
  type Draft,
  type TrainingValue,
} from "./draft";

export { trainingPayload };

export const DEBOUNCE_MS = 800;
/** However often changes keep coming, the first unsent one is sent by then. */
export const MAX_WAIT_MS = 1500;
export const RETRY_MS = [2000, 4000, 8000, 15000, 30000];

type Saved = ActionResult<{ savedAt: Date | string }>;
type Base = { roundId: string; frameworkVersionId: string; currentStep?: number };
export type AnswersInput = Base & { answers: ReturnType<typeof sendableAnswers> };
export type TrainingInput = Base & ReturnType<typeof trainingPayload>;

export type AutosaveDeps = {
  storageKey: string;
  roundId: string;
  frameworkVersionId: string;
  confidential: boolean;
  saveAnswers: (input: AnswersInput) => Promise<Saved>;
  saveTraining: (input: TrainingInput) => Promise<Saved>;
};

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "offline" }
  /** The server could not take it just now; we try again by ourselves. */
  | { kind: "retrying"; message: string }
  /** The server refused (round closed, signed out...): kept on the device, not retried until something changes. */
  | { kind: "refused"; message: string }
  /** The page was built from another framework version: only a reload helps. */
  | { kind: "stale"; message: string };

const online = () => (typeof navigator === "undefined" ? true : navigator.onLine);
const FIELD = /^answers\.(\d+)\.competencyCode$/;

export class AutosaveQueue {
  private status: SaveStatus = { kind: "idle" };
  private listeners = new Set<() => void>();
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private firstUnsentAt: number | null = null;
  private attempt = 0;
  private running: Promise<void> | null = null;
  private halted = false;
  private skew: number;

  constructor(
    private readonly deps: AutosaveDeps,
    private draft: Draft,
    serverNow: number,
  ) {
    this.skew = serverNow - Date.now();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getStatus = () => this.status;
  hasPending = () => pendingCount(this.draft) > 0;

  /**
   * The device's draft, read once the page has hydrated (the server renders the page without it):
   * replaces the draft the queue was made with, before `start`.
   */
  adopt(draft: Draft) {
    this.draft = draft;
  }

  /** Sends whatever the draft held when the page opened (changes made offline on an earlier visit). */
  start() {
    if (this.hasPending()) void this.flush();
  }

  stop() {
    if (this.debounce) clearTimeout(this.debounce);
    if (this.retry) clearTimeout(this.retry);
    this.debounce = this.retry = null;
  }

  setAnswer(code: string, value: AnswerValue) {
    this.change({
      ...this.draft,
      answers: { ...this.draft.answers, [code]: { ...value, changedAt: this.now() } },
    });
  }
  setTraining(value: TrainingValue) {
    this.change({ ...this.draft, training: { ...value, changedAt: this.now() } });
  }
  setStep(value: number) {
    this.change({ ...this.draft, step: { value, changedAt: this.now() } });
  }

  /** The idempotency key for submitting: made once and kept in the draft, so a retry reuses it. */
  submitKey(make: () => string): string {
    if (!this.draft.submitKey) this.persist({ ...this.draft, submitKey: make() });
    return this.draft.submitKey!;
  }

  /** After submitting: nothing is left to send, so the draft goes. */
  forget() {
    this.stop();
    this.draft = emptyDraft(this.deps.frameworkVersionId);
    removeStored(this.deps.storageKey);
  }

  wentOnline() {
    this.attempt = 0;
    if (this.hasPending()) void this.flush(true);
    else if (this.status.kind === "offline") this.setStatus({ kind: "saved" });
  }
  wentOffline() {
    if (this.status.kind !== "stale") this.setStatus({ kind: "offline" });
  }

  /** Sends everything now; true when nothing is left unsent. `force` retries even after a refusal. */
  async flush(force = false): Promise<boolean> {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = null;
    if (force && this.status.kind !== "stale") this.halted = false;
    while (this.running) await this.running;
    if (!this.halted && this.hasPending()) {
      this.running = this.sendAll().finally(() => (this.running = null));
      await this.running;
    }
    return !this.hasPending();
  }

  private now() {
    return Date.now() + this.skew;
  }

  private change(next: Draft) {
    this.persist(next);
    if (this.status.kind === "stale") return;
    this.halted = false;
    this.setStatus(online() ? { kind: "saving" } : { kind: "offline" });
    const now = Date.now();
    this.firstUnsentAt ??= now;
    if (this.debounce) clearTimeout(this.debounce);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstUnsentAt + MAX_WAIT_MS - now));
    this.debounce = setTimeout(() => void this.flush(), wait);
  }

  private async sendAll() {
    this.firstUnsentAt = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    // Changes made while a save was on its way go in the next round of this loop.
    while (!this.halted && this.hasPending()) {
      this.setStatus({ kind: "saving" });
      if (!(await this.sendOnce())) return;
    }
    if (!this.hasPending()) this.setStatus({ kind: "saved" });
  }

  private async sendOnce(): Promise<boolean> {
    const { roundId, frameworkVersionId, confidential } = this.deps;
    const { step, training } = this.draft;
    const answers = sendableAnswers(this.draft);
    const stamps = Object.fromEntries(
      answers.map((a) => [a.competencyCode, this.draft.answers[a.competencyCode]!.changedAt]),
    );
    try {
      if (answers.length > 0 || (step && !training)) {
        const currentStep = training ? undefined : step?.value;
        const result = await this.deps.saveAnswers({ roundId, frameworkVersionId, answers, currentStep });
        if (!result.ok) return this.refused(result, answers);
        this.confirmed(result.data.savedAt, {
          answers: stamps,
          step: training ? undefined : step?.changedAt,
        });
      }
      if (training) {
        const payload = trainingPayload(training, confidential);
        const result = await this.deps.saveTraining({
          roundId,
          frameworkVersionId,
          ...payload,
          currentStep: step?.value,
        });
        if (!result.ok) return this.refused(result, []);
        this.confirmed(result.data.savedAt, { training: training.changedAt, step: step?.changedAt });
      }
      this.attempt = 0;
      return true;
    } catch {
      // No answer at all: the device is offline or the server could not be reached.
      this.retryLater(
        online() ? { kind: "retrying", message: "Harbour cannot be reached just now." } : { kind: "offline" },
      );
      return false;
    }
  }

  private confirmed(savedAt: Date | string, sent: Parameters<typeof acknowledge>[1]) {
    const at = new Date(savedAt).getTime();
    if (Number.isFinite(at)) this.skew = at - Date.now();
    this.persist(acknowledge(this.draft, sent));
  }

  private refused(result: Extract<Saved, { ok: false }>, sent: { competencyCode: string }[]): boolean {
    // Codes the round does not ask this person (a role changed since) can never be saved: drop them.
    const foreign = Object.keys(result.fieldErrors ?? {}).flatMap((k) => {
      const i = FIELD.exec(k)?.[1];
      return i === undefined ? [] : [sent[Number(i)]?.competencyCode ?? ""];
    });
    if (foreign.length > 0) {
      const answers = { ...this.draft.answers };
      for (const code of foreign) delete answers[code];
      this.persist({ ...this.draft, answers });
      return true;
    }
    // Decided by the code alone: the message is for people and its wording may change.
    if (result.code === "stale") {
      this.halted = true;
      this.setStatus({ kind: "stale", message: result.message });
    } else if (isRetryable(result.code)) {
      this.retryLater({ kind: "retrying", message: result.message });
    } else {
      this.halted = true;
      this.setStatus({ kind: "refused", message: result.message });
    }
    return false;
  }

  private retryLater(status: SaveStatus) {
    this.setStatus(status);
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
    this.attempt++;
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.flush();
    }, delay);
  }

  private persist(next: Draft) {
    this.draft = next;
    writeStored(this.deps.storageKey, next);
  }

  private setStatus(next: SaveStatus) {
    const same =
      next.kind === this.status.kind &&
      ("message" in next ? next.message : "") === ("message" in this.status ? this.status.message : "");
    if (same) return;
    this.status = next;
    for (const l of this.listeners) l();
  }
}
