// Hostile input at every door (issue 13): fast-check sends malformed and hostile input to EVERY
// server action (every export of every app/**/actions.ts), as a real signed-in person whose role
// may use it, and asserts: nothing thrown, never "unexpected" (our 500), the one result shape with
// a clear message, and no writes from refusals (every table's row count unchanged when all of an
// action's cases were refused). HOSTILE_RUNS cases per action (1,000 in CI; more nightly).
//
// Each person's context is loaded from the database once per tenant id and then reused (the real
// loader, memoised): the wrapper's order of checks is unchanged, and the run stays within CI time.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDefaultFramework } from "@/lib/framework/queries";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { assertCleanResult, hostileInput, hostileTenantId, NUM_RUNS } from "./support/hostile";

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
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => new Map() }));
vi.mock("next/server", async (original) => ({
  ...(await original<object>()),
  after: (work: () => unknown) =>
    void Promise.resolve()
      .then(work)
      .catch(() => {}),
}));
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
    loadOperatorContext: memo(real.loadOperatorContext),
  };
});

const MODULES = import.meta.glob<Record<string, unknown>>("../../app/**/actions.ts");

type Action = (...args: unknown[]) => Promise<unknown>;
type Door = { label: string; kind: "school" | "trust" | "single"; path: string; action: Action };

let world: {
  schoolId: string;
  trustId: string;
  people: {
    LEAD: string;
    HEAD: string;
    STAFF: string;
    TRUST_LEADER: string;
    OPERATOR: string;
    PERSON: string;
  };
};
const doors: Door[] = [];

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await ownerDb().$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('_prisma_migrations', 'JobRun', 'MailOutcome', 'RateLimitBucket') ORDER BY 1`;
  const sql = tables
    .map((t) => `SELECT '${t.name}' AS name, count(*) AS n FROM "${t.name}"`)
    .join(" UNION ALL ");
  const rows = await ownerDb().$queryRawUnsafe<{ name: string; n: bigint }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

beforeAll(async () => {
  await ensureDefaultFramework();
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const operator = await makePerson();
  await ownerDb().operator.create({ data: { personId: operator.id } });
  world = {
    schoolId: school.id,
    trustId: trust.id,
    people: {
      LEAD: (await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD")).id,
      HEAD: (await makeMember(school.id, "HEAD", "SENIOR_LEADER")).id,
      STAFF: (await makeMember(school.id, "STAFF", "TEACHER")).id,
      TRUST_LEADER: (await makeTrustLeader(trust.id)).id,
      OPERATOR: operator.id,
      PERSON: (await makePerson()).id,
    },
  };
  for (const [path, load] of Object.entries(MODULES).sort()) {
    const mod = await load();
    const kind = path.includes("/schools/[schoolId]/")
      ? "school"
      : path.includes("/trusts/[trustId]/")
        ? "trust"
        : "single";
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      doors.push({ label: `${path.replace("../../app/", "")} ${name}`, kind, path, action: value as Action });
    }
  }
}, 120_000);

/** Who calls a door: the first role it does not refuse outright, so the input reaches its parser. */
async function callerFor(door: Door): Promise<string | null> {
  const { people } = world;
  const candidates =
    door.kind === "school"
      ? [people.LEAD, people.HEAD, people.STAFF]
      : door.kind === "trust"
        ? [people.TRUST_LEADER]
        : door.path.includes("/operator/")
          ? [people.OPERATOR]
          : [people.PERSON, null];
  for (const personId of candidates) {
    session.personId = personId;
    const out = (await call(door, tenantOf(door), {})) as { ok: boolean; code?: string };
    if (out.ok || (out.code !== "forbidden" && out.code !== "not_found")) return personId;
  }
  return candidates[0]!;
}

const tenantOf = (door: Door) => (door.kind === "school" ? world.schoolId : world.trustId);
const call = (door: Door, tenant: unknown, input: unknown) =>
  door.kind === "single" ? door.action(input) : door.action(tenant, input);

describe("hostile input to every server action", () => {
  it("finds the actions", () => {
    // 100+ actions today; a module that stops exporting them would shrink this list silently.
    expect(doors.length).toBeGreaterThanOrEqual(100);
  });

  it(`answers ${NUM_RUNS} hostile inputs to each with a clean refusal (or a clean success), never a 500`, async () => {
    const accepted: Record<string, number> = {};
    const started = Date.now();
    for (const door of doors) {
      session.personId = await callerFor(door);
      const before = await rowCounts();
      let ok = 0;
      await fc.assert(
        fc.asyncProperty(hostileTenantId(tenantOf(door)), hostileInput, async (tenant, input) => {
          let result: unknown;
          session.lastError = null;
          try {
            result = await call(door, tenant, input);
          } catch (error) {
            throw new Error(`${door.label} threw: ${String(error)}`);
          }
          try {
            if (assertCleanResult(result, door.label).ok) ok += 1;
          } catch (error) {
            throw new Error(`${String(error)}; logged: ${String(session.lastError)}`);
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      if (ok === 0) expect(await rowCounts(), `${door.label}: a refusal wrote`).toEqual(before);
      else accepted[door.label] = ok;
    }
    // Printed so a run shows what it covered: actions, cases, which accepted some hostile input.
    console.info(
      `hostile input: ${doors.length} actions x ${NUM_RUNS} cases in ${Math.round((Date.now() - started) / 1000)} s;` +
        ` accepted some (valid-shaped) input: ${JSON.stringify(accepted)}`,
    );
  }, 600_000);
});
