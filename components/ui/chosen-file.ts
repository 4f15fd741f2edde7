// What is wrong with a file chosen for upload, before it is sent: none chosen, or over the one
// upload limit (the server's own, so a big file gets words beside the field, not an error page).
import { isTooLarge, TOO_LARGE_MESSAGE } from "@/lib/csv/limits";

export type FileProblem = {
  ok: false;
  code: "invalid";
  message: string;
  fieldErrors: Record<string, string[]>;
};

export function chosenFileProblem(file: File | null, field: string, empty: string): FileProblem | null {
  const message = !file ? empty : isTooLarge(file.size) ? TOO_LARGE_MESSAGE : null;
  return message ? { ok: false, code: "invalid", message, fieldErrors: { [field]: [message] } } : null;
}
