// Autosave's browser side reads the result from the body and never takes a failure for a save.
import { afterEach, describe, expect, it, vi } from "vitest";
import { isRetryable } from "@/lib/actions/result";
import { answersPath, postAnswers } from "@/lib/assessment/save-request";

const input = {
  roundId: "round 1",
  frameworkVersionId: "v1",
  answers: [{ competencyCode: "C1.01", rating: 2, comment: "" }],
};
const answer = (status: number, body: string, type = "application/json") =>
  vi.fn(async () => new Response(body, { status, headers: { "Content-Type": type } }));

afterEach(() => vi.unstubAllGlobals());

describe("posting answers", () => {
  it("posts JSON to the round's answers route and returns the saved result", async () => {
    const fetch = answer(
      200,
      JSON.stringify({ ok: true, data: { saved: 1, savedAt: "2026-12-05T10:00:00Z" } }),
    );
    vi.stubGlobal("fetch", fetch);
    expect(await postAnswers("school 1", input)).toEqual({
      ok: true,
      data: { saved: 1, savedAt: "2026-12-05T10:00:00Z" },
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(answersPath("school 1", "round 1"));
    expect(url).toBe("/schools/school%201/assessments/round%201/answers");
    expect(JSON.parse(String(init.body))).toEqual(input);
  });

  it("keeps a refusal's code and field errors", async () => {
    const refusal = { ok: false, code: "conflict", message: "This round has closed." };
    vi.stubGlobal("fetch", answer(409, JSON.stringify(refusal)));
    expect(await postAnswers("s", input)).toEqual(refusal);
  });

  it("an overloaded server's 503 is a failure worth retrying", async () => {
    const busy = { ok: false, code: "busy", message: "Harbour is very busy just now." };
    vi.stubGlobal("fetch", answer(503, JSON.stringify(busy)));
    const result = await postAnswers("s", input);
    expect(result).toEqual(busy);
    expect(!result.ok && isRetryable(result.code)).toBe(true);
  });

  it("an answer without a result (a proxy's error page) is a retryable failure, never a save", async () => {
    for (const [status, code] of [
      [502, "unexpected"],
      [503, "busy"],
      [429, "busy"],
      [200, "unexpected"],
    ] as const) {
      vi.stubGlobal("fetch", answer(status, "<html>Bad gateway</html>", "text/html"));
      const result = await postAnswers("s", input);
      expect(result).toMatchObject({ ok: false, code });
      expect(!result.ok && isRetryable(result.code)).toBe(true);
    }
  });

  it("an ok body on a failure status is not taken for a save", async () => {
    vi.stubGlobal("fetch", answer(500, JSON.stringify({ ok: true, data: { savedAt: "x" } })));
    expect(await postAnswers("s", input)).toMatchObject({ ok: false, code: "unexpected" });
  });

  it("no answer at all throws, which the queue treats as unreachable or offline", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(postAnswers("s", input)).rejects.toThrow("Failed to fetch");
  });
});
