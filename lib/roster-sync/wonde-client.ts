// Fetches every page of a school's staff from Wonde before anything is compared, so a failure part
// way through changes nothing. Each failure becomes one sentence for the lead; the token is sent
// only to the configured API's own origin (a `next` link elsewhere is refused) and never logged.
import { UserError } from "../errors";
import { employeesPageSchema, staffOf, type WondeStaff } from "./wonde-response";

export const MAX_PAGES = 100;
const TIMEOUT_MS = 20_000;
const INCLUDES = "contact_details,employment_details,roles";

type Target = { apiUrl: string; wondeSchoolId: string; token: string };

const failed = (why: string, kind: "validation" | "busy" | "rate_limited" = "busy") =>
  new UserError(`${why} Nothing was changed.`, kind);

export async function fetchWondeStaff(target: Target): Promise<WondeStaff[]> {
  const first = new URL(`${target.apiUrl}/schools/${encodeURIComponent(target.wondeSchoolId)}/employees`);
  first.searchParams.set("include", INCLUDES);
  first.searchParams.set("per_page", "100");
  const staff: WondeStaff[] = [];
  let next: string | null = first.toString();
  for (let page = 1; next; page++) {
    if (page > MAX_PAGES) throw failed(`Wonde sent more than ${MAX_PAGES} pages of staff.`, "validation");
    const url = new URL(next);
    if (url.origin !== first.origin)
      throw failed("Wonde pointed to another address for the next page.", "validation");
    const body = await getPage(url, target.token);
    for (const e of body.data) {
      const s = staffOf(e);
      if (s) staff.push(s);
    }
    next = body.meta?.pagination?.next || null;
  }
  return staff;
}

async function getPage(url: URL, token: string) {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
  } catch {
    throw failed("Harbour could not reach Wonde. Check the connection and try again in a few minutes.");
  }
  if (response.status === 401 || response.status === 403)
    throw failed("Wonde refused the token. Check it in Wonde and enter it again below.", "validation");
  if (response.status === 404)
    throw failed(
      "Wonde does not know that school ID, or the token does not give access to it.",
      "validation",
    );
  if (response.status === 429)
    throw failed("Wonde is limiting requests just now. Try again in a few minutes.", "rate_limited");
  if (!response.ok) throw failed(`Wonde answered with an error (HTTP ${response.status}). Try again later.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw failed("Wonde sent a reply Harbour could not read (not JSON).");
  }
  const parsed = employeesPageSchema.safeParse(json);
  if (!parsed.success) throw failed("Wonde sent staff data in a shape Harbour does not recognise.");
  return parsed.data;
}
