// Expected errors carry a message for the user; anything else is logged and shown generically.
export type FieldErrors = Record<string, string[]>;

/**
 * What kind of expected failure this is; the action wrapper turns it into the result's `code`
 * (lib/actions/result.ts), which is what code decides on.
 * - stale: the page was built from data that has changed since (only a reload helps)
 * - busy: the server is at capacity for this kind of work; the same request may succeed shortly
 */
export type UserErrorKind =
  "validation" | "not_found" | "conflict" | "forbidden" | "stale" | "busy" | "rate_limited";

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind = "validation",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const notFound = () => new UserError("That was not found.", "not_found");
