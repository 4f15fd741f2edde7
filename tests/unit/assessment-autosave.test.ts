// The self-assessment's local draft and autosave queue, with a fake clock and fake server actions.
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { AutosaveQueue, trainingPayload, type AnswersInput } from "@/lib/assessment/autosave";
import {
  acknowledge,
  emptyDraft,
  mergeDraft,
  parseDraft,
  pendingCount,
  type TrainingValue,
} from "@/lib/assessment/draft";

const FV = "fv-1";
const ok = () => Promise.resolve({ ok: true as const, data: { savedAt: new Date() } });
const training: TrainingValue = {
  barriers: [],
  barrierOther: "",
  preferredFormats: [],
  overallConfidence: null,
  wellbeing: {},
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SaveMock = Mock<(input: any) => Promise<any>>;

function queue(saveAnswers: SaveMock = vi.fn(ok), saveTraining: SaveMock = vi.fn(ok)) {
  const q = new AutosaveQueue(
    { storageKey: "k", roundId: "r", frameworkVersionId: FV, confidential: false, saveAnswers, saveTraining },
    emptyDraft(FV),
    Date.now(),
  );
  return { q, saveAnswers, saveTraining };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave queue", () => {
  it("sends a burst of changes as one save after a short pause", async () => {
    const { q, saveAnswers } = queue();
    q.setAnswer("C1.01", { rating: 2, comment: "" });
    q.setAnswer("C1.02", { rating: 3, comment: " kept " });
    expect(q.getStatus().kind).toBe("saving");
    await vi.advanceTimersByTimeAsync(799);
    expect(saveAnswers).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(saveAnswers).toHaveBeenCalledTimes(1);
    expect(saveAnswers.mock.calls[0]![0].answers).toEqual([
      { competencyCode: "C1.01", rating: 2, comment: undefined },
      { competencyCode: "C1.02", rating: 3, comment: "kept" },
    ]);
    expect(q.getStatus().kind).toBe("saved");
    expect(q.hasPending()).toBe(false);
  });

  it("sends within two seconds however often changes keep coming", async () => {
    const { q, saveAnswers } = queue();
    for (let t = 0; t < 2000; t += 400) {
      q.setAnswer("C1.01", { rating: (t / 400) % 5, comment: "" });
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(saveAnswers).toHaveBeenCalled();
  });

  it("keeps a change made while a save is on its way, and sends it next", async () => {
    let release!: () => void;
    const slow = vi.fn(
      (input: AnswersInput) =>
        new Promise<{ ok: true; data: { savedAt: Date } }>((resolve) => {
          release = () => resolve({ ok: true, data: { savedAt: new Date() } });
          void input;
        }),
    );
    const { q } = queue(slow);
    q.setAnswer("C1.01", { rating: 1, comment: "" });
    await vi.advanceTimersByTimeAsync(800);
    q.setAnswer("C1.01", { rating: 4, comment: "" });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(800);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.mock.calls.map((c) => c[0].answers[0]!.rating)).toEqual([1, 4]);
    expect(q.hasPending()).toBe(false);
  });

  it("never drops an answer when the network fails: retries with backoff until it is sent", async () => {
    const flaky = vi
      .fn()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockRejectedValueOnce(new TypeError("x"))
      .mockImplementation(ok);
    const { q } = queue(flaky);
    q.setAnswer("C1.01", { rating: 2, comment: "" });
    await vi.advanceTimersByTimeAsync(800);
    expect(q.getStatus().kind).toBe("retrying");
    expect(q.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(flaky).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4000);
    expect(flaky).toHaveBeenCalledTimes(3);
    expect(q.getStatus().kind).toBe("saved");
    expect(q.hasPending()).toBe(false);
  });

  it("stops on a stale framework version and keeps the answer", async () => {
    const stale = vi.fn(() =>
      Promise.resolve({
        ok: false as const,
        code: "stale" as const,
        message: "This page is out of date: reload the page.",
      }),
    );
    const { q } = queue(stale);
    q.setAnswer("C1.01", { rating: 2, comment: "" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stale).toHaveBeenCalledTimes(1);
    expect(q.getStatus()).toMatchObject({ kind: "stale" });
    expect(q.hasPending()).toBe(true);
  });

  it("decides stale, retry or refused from the failure code, never from the message", async () => {
    const outcomes = [
      [{ code: "stale", message: "Reload, please." }, "stale"],
      [{ code: "unexpected", message: "Something odd." }, "retrying"],
      [{ code: "busy", message: "Busy." }, "retrying"],
      // Words that once decided are only words now.
      [{ code: "conflict", message: "This page is out of date." }, "refused"],
      [{ code: "forbidden", message: "Something went wrong on our side." }, "refused"],
    ] as const;
    for (const [failure, kind] of outcomes) {
      const save = vi.fn(() => Promise.resolve({ ok: false as const, ...failure }));
      const { q } = queue(save);
      q.setAnswer("C1.01", { rating: 2, comment: "" });
      await vi.advanceTimersByTimeAsync(1000);
      expect(q.getStatus(), `${failure.code}: ${failure.message}`).toMatchObject({ kind });
      expect(q.hasPending()).toBe(true);
      q.stop();
    }
  });

  it("keeps a comment without a rating on the device until the rating comes", async () => {
    const { q, saveAnswers } = queue();
    q.setAnswer("C1.01", { rating: null, comment: "later" });
    await vi.advanceTimersByTimeAsync(2000);
    expect(saveAnswers).not.toHaveBeenCalled();
    q.setAnswer("C1.01", { rating: 3, comment: "later" });
    await vi.advanceTimersByTimeAsync(800);
    expect(saveAnswers.mock.calls[0]![0].answers).toEqual([
      { competencyCode: "C1.01", rating: 3, comment: "later" },
    ]);
  });

  it("sends the step reached with the training answers on the last step", async () => {
    const { q, saveAnswers, saveTraining } = queue();
    q.setStep(7);
    q.setTraining({ ...training, barriers: ["TIME"] });
    await vi.advanceTimersByTimeAsync(800);
    expect(saveAnswers).not.toHaveBeenCalled();
    expect(saveTraining.mock.calls[0]![0]).toMatchObject({ barriers: ["TIME"], currentStep: 7 });
    expect(q.hasPending()).toBe(false);
  });

  it("adopts the device's draft read after hydration and sends its unsent changes on start", async () => {
    const { q, saveAnswers } = queue();
    const stored = emptyDraft(FV);
    stored.answers["C1.01"] = { rating: 3, comment: "", changedAt: Date.now() - 1000 };
    q.adopt(stored);
    expect(q.hasPending()).toBe(true);
    q.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(saveAnswers).toHaveBeenCalledTimes(1);
    expect(saveAnswers.mock.calls[0]![0].answers).toEqual([
      { competencyCode: "C1.01", rating: 3, comment: undefined },
    ]);
    expect(q.hasPending()).toBe(false);
  });

  it("makes one submit key and reuses it", () => {
    const { q } = queue();
    const make = vi.fn(() => "key-123456");
    expect(q.submitKey(make)).toBe("key-123456");
    expect(q.submitKey(() => "another-key")).toBe("key-123456");
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe("draft", () => {
  it("ignores malformed drafts and drafts for another framework version", () => {
    expect(parseDraft("{not json", FV)).toEqual(emptyDraft(FV));
    const other = JSON.stringify({
      ...emptyDraft("fv-2"),
      answers: { A: { rating: 1, comment: "", changedAt: 1 } },
    });
    expect(parseDraft(other, FV)).toEqual(emptyDraft(FV));
  });

  it("overlays draft changes newer than the server's copy and drops older ones", () => {
    const draft = {
      ...emptyDraft(FV),
      answers: {
        NEW: { rating: 4, comment: "", changedAt: 200 },
        OLD: { rating: 0, comment: "", changedAt: 100 },
        ONLY_HERE: { rating: 2, comment: "c", changedAt: 50 },
      },
    };
    const merged = mergeDraft(parseDraft(JSON.stringify(draft), FV), {
      answers: { NEW: { rating: 1, comment: null }, OLD: { rating: 3, comment: "server" } },
      answerTimes: { NEW: 150, OLD: 150 },
      training,
      currentStep: 2,
    });
    expect(merged.answers).toEqual({
      NEW: { rating: 4, comment: "" },
      OLD: { rating: 3, comment: "server" },
      ONLY_HERE: { rating: 2, comment: "c" },
    });
    expect(Object.keys(merged.draft.answers).sort()).toEqual(["NEW", "ONLY_HERE"]);
    expect(merged.step).toBe(2);
  });

  it("acknowledges only what did not change again", () => {
    const draft = {
      ...emptyDraft(FV),
      answers: { A: { rating: 1, comment: "", changedAt: 5 }, B: { rating: 2, comment: "", changedAt: 9 } },
    };
    const after = acknowledge(draft, { answers: { A: 5, B: 8 } });
    expect(Object.keys(after.answers)).toEqual(["B"]);
    expect(pendingCount(after)).toBe(1);
  });

  it("keeps a confirmed answer on the device until the next load finds it on the server", () => {
    // A save is acknowledged before Postgres has flushed it to disk (decision 0048): a database
    // crash in that moment loses it, so the device keeps it and the next load sends it again.
    const draft = {
      ...emptyDraft(FV),
      answers: {
        KEPT: { rating: 3, comment: "", changedAt: 100 },
        LOST: { rating: 4, comment: "mine", changedAt: 100 },
      },
    };
    const after = acknowledge(draft, { answers: { KEPT: 100, LOST: 100 } });
    expect(pendingCount(after)).toBe(0);
    const stored = parseDraft(JSON.stringify(after), FV);
    const merged = mergeDraft(stored, {
      answers: { KEPT: { rating: 3, comment: null }, LOST: { rating: 1, comment: null } },
      answerTimes: { KEPT: 120, LOST: 50 },
      training,
      currentStep: 0,
    });
    expect(merged.answers.LOST).toEqual({ rating: 4, comment: "mine" });
    expect(merged.answers.KEPT).toEqual({ rating: 3, comment: "" });
    expect(Object.keys(merged.draft.answers)).toEqual(["LOST"]);
    expect(merged.draft.confirmed).toEqual({});
    expect(pendingCount(merged.draft)).toBe(1);
  });

  it("sends 'Other' only with its text, and wellbeing only in confidential rounds", () => {
    const t = { ...training, barriers: ["TIME", "OTHER"], wellbeing: { feelSupported: 4 } };
    expect(trainingPayload(t, false)).toEqual({
      barriers: ["TIME"],
      barrierOther: undefined,
      preferredFormats: [],
      overallConfidence: undefined,
    });
    expect(trainingPayload({ ...t, barrierOther: " Cover " }, true)).toMatchObject({
      barriers: ["TIME", "OTHER"],
      barrierOther: "Cover",
      wellbeing: { feelSupported: 4 },
    });
  });
});
