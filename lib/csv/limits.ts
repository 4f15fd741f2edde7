// The one upload limit for files read in the browser and sent as text to a server action (roster,
// responses, framework). The form checks the file's size before sending, the action's zod schema
// checks the text again, and next.config.mjs lets a request of that size through (its
// serverActions.bodySizeLimit is larger than this, because the text travels encoded).
import { z } from "zod";

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "2 MB";
export const TOO_LARGE_MESSAGE = `That file is too large: choose a file of ${MAX_UPLOAD_LABEL} at most.`;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** True when a file (or its text) is over the limit. */
export const isTooLarge = (size: number) => size > MAX_UPLOAD_BYTES;

/** The schema for a file's text: `empty` is what to say when no file was chosen. */
export const uploadText = (empty: string) =>
  z
    .string()
    .min(1, empty)
    .refine((text) => !isTooLarge(bytes(text)), TOO_LARGE_MESSAGE);
