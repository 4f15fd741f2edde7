// The authorisation matrix for summary returns and the local services directory (decision 0037):
// every role x own and another school or authority.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { submitReturn } from "@/lib/returns/queries";
import { saveService, suggestCorrection } from "@/lib/services/queries";
import { serviceSchema } from "@/lib/services/schemas";
import { makeAuthority, schoolInArea } from "./support/authority-fixtures";
import { ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { sendSummaryReturn, withdrawSummaryReturn } = await import("@/app/schools/[schoolId]/returns/actions");
const { suggestServiceCorrection } = await import("@/app/schools/[schoolId]/services/actions");
const { saveLocalService, removeLocalService, decideServiceSuggestion } =
  await import("@/app/trusts/[trustId]/services/actions");

const ENTRY = {
  name: "Area MHST",
  kind: "MHST",
  tier: "",
  forWhom: "Pupils with mild to moderate needs.",
  howToRefer: "Through the MHST referral form.",
  threshold: "",
  website: "https://mhst.example",
  lastCheckedOn: "2026-11-01",
} as const;

type World = {
  la: Awaited<ReturnType<typeof makeAuthority>>;
  otherLa: Awaited<ReturnType<typeof makeAuthority>>;
  own: Awaited<ReturnType<typeof schoolInArea>>;
  other: Awaited<ReturnType<typeof schoolInArea>>;
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};
let world: World;

beforeAll(async () => {
  const la = await makeAuthority();
  const otherLa = await makeAuthority();
  const own = await schoolInArea(la.laCode, { roles: Array(6).fill("TEACHER") });
  const other = await schoolInArea(otherLa.laCode, { roles: Array(6).fill("TEACHER") });
  world = {
    la,
    otherLa,
    own,
    other,
    people: {
      STAFF: { id: own.staff[0]!.id },
      LEAD: { id: own.lead.personId },
      HEAD: { id: own.head.personId },
      TRUST_LEADER: la.leader,
    },
  };
});

const signIn = (actor: Role) => {
  session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
};
const schoolExpected: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
const trustExpected: Record<Role, Outcome> = {
  STAFF: "not-found",
  LEAD: "not-found",
  HEAD: "not-found",
  TRUST_LEADER: "ok",
  SIGNED_OUT: "signed-out",
};
const want = (table: Record<Role, Outcome>, actor: Role, tenant: "own" | "other") =>
  tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : table[actor];
const returnOf = (roundId: string) => ownerDb().summaryReturn.findUnique({ where: { roundId } });

describe.each(ROLES)("summary-return and directory actions as %s", (actor) => {
  it.each(["own", "other"] as const)("sendSummaryReturn in the %s school", async (tenant) => {
    const w = tenant === "own" ? world.own : world.other;
    await ownerDb().summaryReturn.deleteMany({ where: { roundId: w.round.id } });
    signIn(actor);
    const expected = want(schoolExpected, actor, tenant);
    expect(outcomeOf(await sendSummaryReturn(w.school.id, { roundId: w.round.id }))).toBe(expected);
    expect(Boolean(await returnOf(w.round.id))).toBe(expected === "ok");
  });

  it.each(["own", "other"] as const)("withdrawSummaryReturn in the %s school", async (tenant) => {
    const w = tenant === "own" ? world.own : world.other;
    if (!(await returnOf(w.round.id))) await submitReturn(w.lead, w.round.id);
    signIn(actor);
    const expected = want(schoolExpected, actor, tenant);
    expect(outcomeOf(await withdrawSummaryReturn(w.school.id, { roundId: w.round.id }))).toBe(expected);
    expect(Boolean(await returnOf(w.round.id))).toBe(expected !== "ok");
  });

  it.each(["own", "other"] as const)("suggestServiceCorrection in the %s school", async (tenant) => {
    const w = tenant === "own" ? world.own : world.other;
    const keeper = tenant === "own" ? world.la : world.otherLa;
    const { id } = await saveService(keeper.ctx, serviceSchema.parse(ENTRY));
    signIn(actor);
    const expected = want(schoolExpected, actor, tenant);
    const result = await suggestServiceCorrection(w.school.id, {
      serviceId: id,
      text: "The phone number changed.",
    });
    expect(outcomeOf(result)).toBe(expected);
    expect(await ownerDb().serviceSuggestion.count({ where: { serviceId: id } })).toBe(
      expected === "ok" ? 1 : 0,
    );
  });

  it.each(["own", "other"] as const)("saveLocalService in the %s authority", async (tenant) => {
    const keeper = tenant === "own" ? world.la : world.otherLa;
    const name = `Service ${actor} ${tenant}`;
    signIn(actor);
    const expected = want(trustExpected, actor, tenant);
    expect(outcomeOf(await saveLocalService(keeper.trust.id, { ...ENTRY, name }))).toBe(expected);
    expect(await ownerDb().localService.count({ where: { name } })).toBe(expected === "ok" ? 1 : 0);
  });

  it.each(["own", "other"] as const)("removeLocalService in the %s authority", async (tenant) => {
    const keeper = tenant === "own" ? world.la : world.otherLa;
    const { id } = await saveService(keeper.ctx, serviceSchema.parse(ENTRY));
    signIn(actor);
    const expected = want(trustExpected, actor, tenant);
    expect(outcomeOf(await removeLocalService(keeper.trust.id, { serviceId: id }))).toBe(expected);
    expect(await ownerDb().localService.count({ where: { id } })).toBe(expected === "ok" ? 0 : 1);
  });

  it.each(["own", "other"] as const)("decideServiceSuggestion in the %s authority", async (tenant) => {
    const keeper = tenant === "own" ? world.la : world.otherLa;
    const w = tenant === "own" ? world.own : world.other;
    const { id } = await saveService(keeper.ctx, serviceSchema.parse(ENTRY));
    const s = await suggestCorrection(w.lead, id, "The web address moved.");
    signIn(actor);
    const expected = want(trustExpected, actor, tenant);
    const result = await decideServiceSuggestion(keeper.trust.id, {
      suggestionId: s.id,
      decision: "DISMISSED",
    });
    expect(outcomeOf(result)).toBe(expected);
    const stored = await ownerDb().serviceSuggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(stored.status).toBe(expected === "ok" ? "DISMISSED" : "OPEN");
  });
});

describe("the directory form's schema, on the server", () => {
  it("puts each error beside its field, and saves nothing", async () => {
    signIn("TRUST_LEADER");
    const result = await saveLocalService(world.la.trust.id, {
      ...ENTRY,
      name: "",
      kind: "CYPMHS",
      website: "not a web address",
      lastCheckedOn: "2026-02-31x",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
        "lastCheckedOn",
        "name",
        "threshold",
        "website",
      ]);
    }
  });
});
