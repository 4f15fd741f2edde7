// The browser's side of autosave's route (decision 0038): posts the answers and reads the result from
// the body, whatever the status. An answer without a result body (a proxy's error page) is a failure
// worth retrying; no answer at all throws, which the queue treats as unreachable or offline.
import type { ActionResult } from "../actions/result";
import type { AnswersInput } from "./autosave";

export const answersPath = (schoolId: string, roundId: string) =>
  `/schools/${encodeURIComponent(schoolId)}/assessments/${encodeURIComponent(roundId)}/answers`;

export async function postAnswers(
  schoolId: string,
  input: AnswersInput,
): Promise<ActionResult<{ savedAt: string }>> {
  const response = await fetch(answersPath(schoolId, input.roundId), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as ActionResult<{ savedAt: string }> | null;
  if (body && typeof body.ok === "boolean" && (body.ok ? response.ok : true)) return body;
  return {
    ok: false,
    code: response.status === 503 || response.status === 429 ? "busy" : "unexpected",
    message: "Harbour could not save just now; your answers are kept and sent again shortly.",
  };
}
