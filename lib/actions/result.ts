import type { FieldErrors } from "../errors";

/** The one shape every server action returns. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; fieldErrors?: FieldErrors; message: string };
