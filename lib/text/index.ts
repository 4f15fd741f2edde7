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
