// One page of Wonde's GET /schools/{id}/employees?include=contact_details,employment_details,roles,
// read strictly enough to trust and loosely enough for the fields Wonde leaves out or nulls.
// Pure: turns employees into the staff the sync compares (decision 0021).
import { z } from "zod";

const text = z.string().nullish();

const employee = z.object({
  id: z.string().min(1),
  forename: text,
  surname: text,
  legal_forename: text,
  legal_surname: text,
  contact_details: z
    .object({
      data: z
        .object({
          emails: z.object({ email: text, primary: text, work: text, home: text }).partial().nullish(),
        })
        .nullish(),
    })
    .nullish(),
  employment_details: z.object({ data: z.object({ current: z.boolean().nullish() }).nullish() }).nullish(),
  // Wonde names a role's title `role` on employees' roles; `name` is accepted too.
  roles: z.object({ data: z.array(z.object({ role: text, name: text })) }).nullish(),
});

export const employeesPageSchema = z.object({
  data: z.array(employee),
  meta: z.object({ pagination: z.object({ next: z.string().nullish() }).nullish() }).nullish(),
});

export type EmployeesPage = z.infer<typeof employeesPageSchema>;
type Employee = EmployeesPage["data"][number];

/** One member of staff as the sync sees them: the first role listed is their main one. */
export type WondeStaff = {
  wondeId: string;
  name: string;
  /** work address first, else the main one; lower-cased; null when Wonde has none */
  email: string | null;
  title: string | null;
};

export function staffOf(e: Employee): WondeStaff | null {
  if (e.employment_details?.data?.current === false) return null;
  const forename = (e.forename || e.legal_forename || "").trim();
  const surname = (e.surname || e.legal_surname || "").trim();
  const emails = e.contact_details?.data?.emails;
  const email = (emails?.work || emails?.email || emails?.primary || "").trim().toLowerCase();
  const first = e.roles?.data.map((r) => (r.role || r.name || "").trim()).find((t) => t.length > 0);
  return {
    wondeId: e.id,
    name: [forename, surname].filter(Boolean).join(" ") || `Wonde record ${e.id}`,
    email: email || null,
    title: first ?? null,
  };
}
