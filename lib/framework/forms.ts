// The framework editor's forms: one zod schema each, used by the browser and the server action.
// They wrap the edit schemas in ./versioning.ts with what a form adds: blank optional fields, and
// the version the page was built from, so an edit made from an out-of-date page is refused.
import { z } from "zod";
import { uploadText } from "../csv/limits";
import { addCompetencySchema, retireSchema, rewordSchema } from "./versioning";

// The form adds it from the page it is on; optional so the browser validates the fields it shows.
const baseVersionId = z.string().min(1).optional();
const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const addCompetencyFormSchema = addCompetencySchema.extend({
  domainCode: z.string().min(1, "Choose a domain.").pipe(addCompetencySchema.shape.domainCode),
  code: z.preprocess(blankAsMissing, addCompetencySchema.shape.code),
  guidance: z.preprocess(blankAsMissing, addCompetencySchema.shape.guidance),
  baseVersionId,
});
export type AddCompetencyFormInput = z.input<typeof addCompetencyFormSchema>;

// An empty guidance box clears the guidance, so "" is kept here (the edit treats it as none).
export const rewordFormSchema = rewordSchema.extend({ baseVersionId });
export type RewordFormInput = z.input<typeof rewordFormSchema>;

export const retireFormSchema = retireSchema.extend({ baseVersionId });
export type RetireFormInput = z.input<typeof retireFormSchema>;

export const importFrameworkSchema = z.object({
  format: z.enum(["json", "csv"], "Choose a .json or .csv file."),
  text: uploadText("Choose a file."),
});
export type ImportFrameworkInput = z.input<typeof importFrameworkSchema>;

export const adoptFrameworkSchema = z.object({});

export const EXPORT_FORMATS = ["json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (v: string | null): v is ExportFormat =>
  v !== null && (EXPORT_FORMATS as readonly string[]).includes(v);
