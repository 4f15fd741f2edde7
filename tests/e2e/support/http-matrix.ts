// The authorisation matrix over HTTP: each cell is a page or download answered by the real production
// server, with an actor's real session cookie, read as the server sends it. A browser would add little
// but time: the pages render on the server (no loading states, no client-side redirects on load), so
// the status, the redirects and the page's h1 are all in the response. Journeys keep the browser.
import type { APIRequestContext, APIResponse, Cookie, PlaywrightWorkerArgs } from "@playwright/test";
import { expect } from "../fixtures";
import { BASE_URL } from "./env";
import { h1Texts } from "./html";

export const NOT_FOUND = "not found" as const;
export type Outcome =
  | { page: string } // 200 with this h1
  | { file: RegExp } // 200, a download with this file name
  | { redirect: string; heading: string; via?: string } // sent elsewhere (first to `via`), ending on a page with this h1
  | typeof NOT_FOUND; // 404 with "Page not found"

export const describeOutcome = (o: Outcome) =>
  o === NOT_FOUND
    ? "404"
    : "page" in o
      ? `200 "${o.page}"`
      : "file" in o
        ? "200 download"
        : `-> ${o.redirect}`;

/** An HTTP client carrying `cookies` (none: signed out). */
export function httpClient(
  playwright: PlaywrightWorkerArgs["playwright"],
  cookies: Cookie[] = [],
): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: BASE_URL, storageState: { cookies, origins: [] } });
}

const pathOf = (response: APIResponse) => new URL(response.url()).pathname;
const isHtml = (response: APIResponse) => (response.headers()["content-type"] ?? "").startsWith("text/html");

/**
 * Asserts one cell: the raw answer (no redirects followed), then where it ends and what page that is.
 * `place` resolves the names of places in the outcome's paths (e.g. ":school").
 */
export async function expectOutcome(
  client: APIRequestContext,
  url: string,
  outcome: Outcome,
  place: (path: string) => string = (path) => path,
) {
  const raw = await client.get(url, { maxRedirects: 0 });
  if (outcome === NOT_FOUND) expect(raw.status(), url).toBe(404);
  else if ("redirect" in outcome) {
    expect(raw.status(), url).toBeGreaterThanOrEqual(300);
    expect(raw.status(), url).toBeLessThan(400);
    expect(new URL(raw.headers()["location"] ?? "", BASE_URL).pathname, url).toBe(
      place(outcome.via ?? outcome.redirect),
    );
  } else expect(raw.status(), url).toBe(200);

  if (outcome !== NOT_FOUND && "file" in outcome) {
    const disposition = raw.headers()["content-disposition"] ?? "";
    expect(disposition, url).toMatch(/^attachment; filename="(.+)"$/);
    expect(/filename="(.+)"/.exec(disposition)?.[1], url).toMatch(outcome.file);
    expect(raw.headers()["cache-control"], url).toContain("no-store");
    return;
  }
  if (outcome === NOT_FOUND && !isHtml(raw)) return; // a download's plain-text 404: no page to read

  const final = outcome !== NOT_FOUND && "redirect" in outcome ? await client.get(url) : raw;
  expect(isHtml(final), `${url} answers a page`).toBe(true);
  const body = await final.text();
  const headings = h1Texts(body);
  if (outcome === NOT_FOUND) {
    // A 404 from a page or layout comes as Next's error shell, its page only in the payload that the
    // browser renders (tests/e2e/accessibility.spec.ts looks at one): the words, and no other page.
    expect(body, url).toContain("Page not found");
    expect(
      headings.filter((h) => h !== "Page not found"),
      url,
    ).toEqual([]);
  } else if ("page" in outcome) expect(headings, url).toEqual([outcome.page]);
  else {
    expect(final.status(), url).toBe(200);
    expect(pathOf(final), url).toBe(place(outcome.redirect));
    expect(headings, url).toEqual([outcome.heading]);
  }
}
