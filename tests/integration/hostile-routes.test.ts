// Hostile input to every route handler (issue 13): each GET and POST of every app/**/route.ts is
// called through its exported function, as a signed-in lead, with hostile path segments, query
// strings, headers and bodies. Never a 500 or a throw; a refusal says what is wrong in words.
//
// 1,000 cases a handler in CI, kept cheap: the fixture is one small school and trust, made once;
// each person's context is loaded once (the real loader, memoised, as in hostile-actions); a PDF is
// rendered once for each distinct document (pdfkit takes a few hundred milliseconds for even an
// empty one, and the same document makes the same file); the personal-data download runs as a person
// with no school, so it does not write an audit row a case and read them all back (the handler takes
// no input at all). The handlers run one after another: side by side they wait on the connection
// pool (a refusal with "Unable to start a transaction in the given time", not what is tested here).
import { createRequire } from "node:module";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader } from "./support/fixtures";
import { hostileString, ROUTE_RUNS as NUM_RUNS } from "./support/hostile";

const session = vi.hoisted(() => ({ personId: null as string | null, lastError: null as unknown }));
// The error behind an "unexpected" result, so a failure says what went wrong, not only a reference.
vi.mock("@/lib/log", async (original) => {
  const real = await original<typeof import("@/lib/log")>();
  return {
    ...real,
    logError: (error: unknown, context: string) => {
      session.lastError = error;
      return real.logError(error, context);
    },
  };
});
vi.mock("@/lib/auth/session", () => ({
  currentPersonId: async () => session.personId,
  requirePersonId: async () => session.personId,
}));
vi.mock("@/lib/exports/pdf", async (original) => {
  const real = await original<typeof import("@/lib/exports/pdf")>();
  const rendered = new Map<string, Promise<Buffer>>();
  return {
    ...real,
    renderPdf: (doc: Parameters<typeof real.renderPdf>[0]) => {
      const key = JSON.stringify(doc);
      if (!rendered.has(key)) rendered.set(key, real.renderPdf(doc));
      return rendered.get(key)!;
    },
  };
});
vi.mock("next/headers", () => {
  const jar = { get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} };
  return { headers: async () => new Headers(), cookies: async () => jar };
});
vi.mock("@/lib/tenancy/context", async (original) => {
  const real = await original<typeof import("@/lib/tenancy/context")>();
  const memo = <A extends unknown[], R>(load: (...args: A) => Promise<R>) => {
    const seen = new Map<string, Promise<R>>();
    return (...args: A) => {
      const key = JSON.stringify(args);
      if (!seen.has(key)) seen.set(key, load(...args));
      return seen.get(key)!;
    };
  };
  return {
    ...real,
    loadSchoolContext: memo(real.loadSchoolContext),
    loadTrustContext: memo(real.loadTrustContext),
  };
});

// next-auth's handler require()s next/headers itself (outside the mock above): the same stand-ins
// go on that CommonJS module, so it reads a request with no cookies and no headers.
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const emptyJar = {
  get: () => undefined,
  getAll: () => [],
  has: () => false,
  set: () => {},
  delete: () => {},
};
nextHeaders.cookies = async () => emptyJar;
nextHeaders.headers = async () => new Headers();

const MODULES = import.meta.glob<Record<string, unknown>>("../../app/**/route.ts");
type Handler = (request: Request, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type Door = { label: string; path: string; method: "GET" | "POST"; handler: Handler; segments: string[] };

const doors: Door[] = [];
let world: { schoolId: string; trustId: string; lead: string; trustLeader: string; person: string };

beforeAll(async () => {
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  world = {
    schoolId: school.id,
    trustId: trust.id,
    lead: (await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD")).id,
    trustLeader: (await makeTrustLeader(trust.id)).id,
    person: (await makePerson()).id,
  };
  for (const [path, load] of Object.entries(MODULES).sort()) {
    const mod = await load();
    const segments = [...path.matchAll(/\[(?:\.\.\.)?([A-Za-z]+)\]/g)].map((m) => m[1]!);
    for (const method of ["GET", "POST"] as const) {
      if (typeof mod[method] === "function")
        doors.push({
          label: `${method} ${path.replace("../../app/", "")}`,
          path,
          method,
          handler: mod[method] as Handler,
          segments,
        });
    }
  }
}, 120_000);

// A path segment as Next.js hands it over: always a string, decoded from the URL (so a half surrogate
// pair arrives as U+FFFD), and a catch-all has at least one segment.
const asInUrl = (s: string) => s.replace(/[\uD800-\uDFFF]/g, "\uFFFD");
const segment = hostileString.map(asInUrl);
const segmentValue = (name: string): fc.Arbitrary<unknown> =>
  name === "schoolId"
    ? fc.oneof({ weight: 4, arbitrary: fc.constant(world.schoolId) }, { weight: 1, arbitrary: segment })
    : name === "trustId"
      ? fc.oneof({ weight: 4, arbitrary: fc.constant(world.trustId) }, { weight: 1, arbitrary: segment })
      : name === "nextauth"
        ? fc.array(segment, { minLength: 1, maxLength: 3 })
        : segment;

const query = fc.dictionary(
  fc.constantFrom(
    "format",
    "from",
    "to",
    "person",
    "action",
    "page",
    "callbackUrl",
    "csrfToken",
    "token",
    "x",
  ),
  hostileString,
  { maxKeys: 4 },
);
const body = fc.oneof(
  fc.constant(null),
  hostileString,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constant(
    '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF\r\n--x--\r\n',
  ),
);
const contentType = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "text/plain",
  "",
);

function requestOf(door: Door, q: Record<string, string>, b: string | null, type: string) {
  const url = new URL(
    `http://localhost:3000/${door.path.replace("../../app/", "").replace(/\/route\.ts$/, "")}`,
  );
  for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v.slice(0, 2000));
  const headers = new Headers(type ? { "Content-Type": type } : {});
  // What Next.js hands a route handler (next-auth's reads nextUrl).
  return new NextRequest(url, door.method === "POST" ? { method: "POST", body: b, headers } : { headers });
}

describe("hostile input to every route handler", () => {
  it("finds the route handlers", () => {
    expect(doors.length).toBeGreaterThanOrEqual(19);
  });

  it(`answers ${NUM_RUNS} hostile requests to each without a 500`, async () => {
    const statuses: Record<string, Record<number, number>> = {};
    const seconds: Record<string, number> = {};
    const started = Date.now();
    const who = (door: Door) =>
      door.path.includes("/trusts/")
        ? world.trustLeader
        : door.path.includes("/account/data/")
          ? world.person
          : world.lead;
    const attack = async (door: Door) => {
      const doorStarted = Date.now();
      const seen: Record<number, number> = (statuses[door.label] = {});
      const params = fc.record(Object.fromEntries(door.segments.map((s) => [s, segmentValue(s)])));
      await fc.assert(
        fc.asyncProperty(params, query, body, contentType, async (p, q, b, type) => {
          let res: Response;
          try {
            res = await door.handler(requestOf(door, q, b, type), { params: Promise.resolve(p) });
          } catch (error) {
            // A redirect from next/navigation is how a few handlers answer; anything else is a failure.
            if (String((error as { digest?: string })?.digest ?? "").startsWith("NEXT_REDIRECT")) return;
            throw new Error(`${door.label} threw: ${String(error)}; logged: ${String(session.lastError)}`);
          }
          seen[res.status] = (seen[res.status] ?? 0) + 1;
          if (res.status >= 500)
            throw new Error(
              `${door.label}: ${res.status} ${await res.text()}; logged: ${String(session.lastError)}`,
            );
          if (res.status >= 400) {
            const text = await res.text();
            if (/prisma|postgres|TypeError|\bat \S+\.(ts|js):\d+/i.test(text))
              throw new Error(`${door.label}: raw error text: ${text.slice(0, 300)}`);
          } else await res.body?.cancel();
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      seconds[door.label] = Math.round((Date.now() - doorStarted) / 100) / 10;
    };
    for (const door of doors) {
      session.personId = who(door);
      await attack(door);
    }
    // Printed so a run shows what it covered: handlers, cases, the answers, and where the time went.
    console.info(
      `hostile requests: ${doors.length} handlers x ${NUM_RUNS} in ${Math.round((Date.now() - started) / 1000)} s; statuses ${JSON.stringify(statuses)}; seconds ${JSON.stringify(seconds)}`,
    );
  }, 600_000);
});
