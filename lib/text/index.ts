// What text people may type into Harbour: no characters that no one types on purpose. A null byte
// cannot be stored at all (Postgres refuses it, which used to end in "something went wrong"), and
// other control characters or hidden direction overrides make a name display as something else.
// Every zod schema for a name or other free text refines with these, so the form says so beside
// the field. Pure.
import type { z } from "zod";

// C0 controls other than tab and line breaks, DEL, C1 controls, and bidirectional overrides and
// isolates (which can make text read differently from what is stored).
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const BREAKS = /[\t\r\n]/;

export const CONTROL_CHARACTER_MESSAGE =
  "This contains a hidden character (often from copying and pasting). Type it again without it.";
export const LINE_BREAK_MESSAGE = "Keep this on one line.";

/** True when the text has no hidden characters (line breaks and tabs are allowed). */
export const isPlainText = (s: string) => !HIDDEN.test(s);

/** Notes and comments: line breaks and tabs are fine, hidden characters are not. */
export const plainText = <T extends z.ZodString>(schema: T) =>
  schema.refine(isPlainText, CONTROL_CHARACTER_MESSAGE);

/** Names, titles and other one-line fields: no hidden characters, no tabs or line breaks. */
export const oneLine = <T extends z.ZodString>(schema: T) =>
  plainText(schema).refine((s) => !BREAKS.test(s), LINE_BREAK_MESSAGE);

// Half of a UTF-16 surrogate pair on its own: no keyboard makes one, it cannot be stored as UTF-8,
// and it broke the database client ("something went wrong") until every action refused it first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const BROKEN_CHARACTER_MESSAGE =
  "This contains a broken character (often from copying and pasting). Type it again without it.";

/** True when the text can be stored: no half surrogate pairs. */
export const isWellFormed = (s: string) => !LONE_SURROGATE.test(s);

/** Why a string cannot be stored at all (Postgres refuses a null byte; UTF-8 has no half pairs), or null. */
export function unstorable(s: string): string | null {
  if (s.includes("\u0000")) return CONTROL_CHARACTER_MESSAGE;
  return isWellFormed(s) ? null : BROKEN_CHARACTER_MESSAGE;
}

/**
 * Where in an action's raw input (any depth, keys too) a string that cannot be stored is, as a field
 * path such as "items.2.title" with the reason, or null when there is none. Every action refuses
 * such input before its schema (zod lets it through to the database otherwise). Bounded, so a deep
 * or huge input cannot hold it up.
 */
export function unstorableText(
  value: unknown,
  path: string[] = [],
  budget = { left: 10_000 },
): { path: string; message: string } | null {
  if (--budget.left < 0) return null;
  const here = () => path.join(".") || "form";
  if (typeof value === "string") {
    const message = unstorable(value);
    return message ? { path: here(), message } : null;
  }
  if (typeof value !== "object" || value === null || path.length > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    const message = unstorable(key);
    if (message) return { path: here(), message };
    const found = unstorableText(inner, [...path, key], budget);
    if (found) return found;
  }
  return null;
}
