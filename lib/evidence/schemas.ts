// One zod schema per evidence form, shared by the form (react-hook-form) and its action.
import { z } from "zod";
import { parseTarget } from "./targets";

const title = z
  .string()
  .trim()
  .min(1, "Give the evidence a short title.")
  .max(200, "Keep the title under 200 characters.");

export const addNoteSchema = z.object({
  title,
  note: z.string().trim().min(1, "Write the note.").max(10000, "Keep the note under 10,000 characters."),
});

export const addLinkSchema = z.object({
  title,
  url: z
    .string()
    .trim()
    .max(2000, "That address is too long.")
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    }, "Enter a web address starting with https://"),
});

export const uploadSchema = z.object({ title });

const id = z.string().min(1).max(64);
const target = z.string().refine((v) => parseTarget(v) !== null, "Choose what this evidence is for.");

export const tagSchema = z.object({ itemId: id, target });
export const untagSchema = z.object({ itemId: id, tagId: id });
export const deleteSchema = z.object({ itemId: id, confirmed: z.boolean().default(false) });
