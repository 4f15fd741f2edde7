import type { FieldErrors } from "../errors";

/**
 * Why an action failed, for code to decide on (retry, reload, sign in again); `message` is only for
 * people and may change wording at any time.
 * - invalid: the input was refused (see fieldErrors)
 * - signed_out: no session; sign in again
 * - forbidden / not_found / conflict: as they say; retrying the same request will not help
 * - stale: the page is out of date; reload it
 * - busy / rate_limited: try again later; unexpected: our fault, logged with a reference
 * - network: set only in the browser (components/ui/reach.ts) when the server never answered
 */
export type FailureCode =
  | "invalid"
  | "signed_out"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "stale"
  | "busy"
  | "rate_limited"
  | "unexpected"
  | "network";

export type ActionFailure = { ok: false; code: FailureCode; fieldErrors?: FieldErrors; message: string };

/** The one shape every server action returns. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Failures worth sending again by ourselves, unchanged, after a pause. */
export const isRetryable = (code: FailureCode) =>
  code === "unexpected" || code === "busy" || code === "rate_limited" || code === "network";

/**
 * The HTTP status a route handler answers a result with (autosave, decision 0038), so that no failure
 * ever leaves as 200: a load tool or proxy counting statuses sees what the body says.
 */
export const HTTP_STATUS: Record<FailureCode, number> = {
  invalid: 400,
  signed_out: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  rate_limited: 429,
  unexpected: 500,
  busy: 503,
  network: 503,
};
