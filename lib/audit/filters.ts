// The audit log's filters, read from the page's address (a plain GET form, so it works before any
// script and every filtered view can be bookmarked or shared with a colleague who may see it).
import { z } from "zod";
import { isRealDay } from "../rounds/dates";
import { AUDIT_ACTIONS } from "./record";

// A day in Europe/London as a date input gives it; anything else is no filter, never an error page.
const day = z.string().refine(isRealDay).optional().catch(undefined);

export const auditFilterSchema = z.object({
  person: z.string().max(40).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Empty fields mean "any": the form sends them all. */
export function readAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
  return auditFilterSchema.parse({
    person: one(params.person),
    action: one(params.action),
    from: one(params.from),
    to: one(params.to),
    page: one(params.page) ?? 1,
  });
}

/** The same filters as query parameters (for the CSV link and the pages). */
export function auditFilterQuery(filter: Partial<AuditFilter>): string {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && v !== "" && v !== 1);
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}
