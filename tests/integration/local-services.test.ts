// The local services directory (decision 0037): the keeper adds, changes and removes entries; a
// school reads its local authority's and its trust's, suggests corrections, and the keeper accepts
// or dismisses them. Cross-tenant in data access and in Postgres underneath.
import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import {
  decideSuggestion,
  directoryCount,
  keptDirectory,
  removeService,
  saveService,
  schoolDirectory,
  suggestCorrection,
} from "@/lib/services/queries";
import { serviceSchema, type ServiceInput } from "@/lib/services/schemas";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeAuthority, trustCtx } from "./support/authority-fixtures";
import { makeMember, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";

const NOW = new Date("2026-12-04T12:00:00Z");
const entry = (over: Partial<ServiceInput> = {}) =>
  serviceSchema.parse({
    name: "Riverside Mental Health Support Team",
    kind: "MHST",
    tier: "",
    forWhom: "Pupils aged 5 to 18 in Riverside schools with mild to moderate needs.",
    howToRefer: "The school's senior mental health lead refers through the MHST form.",
    threshold: "",
    website: "https://mhst.riverside.example",
    lastCheckedOn: "2026-11-01",
    ...over,
  });

async function schoolIn(laCode: string | null, trustId?: string) {
  const w = await schoolWithStaff(["TEACHER"], { trustId });
  await ownerDb().school.update({ where: { id: w.school.id }, data: { laCode } });
  return w;
}

describe("the directory", () => {
  it("is kept by the authority, read by its schools, and corrected through suggestions", async () => {
    const la = await makeAuthority();
    const { id } = await saveService(la.ctx, entry(), NOW);
    const old = await saveService(
      la.ctx,
      entry({
        name: "Old CYPMHS",
        kind: "CYPMHS",
        threshold: "Moderate to severe",
        lastCheckedOn: "2025-12-04",
      }),
      NOW,
    );
    const kept = await keptDirectory(la.ctx, NOW);
    expect(kept.services.map((s) => [s.name, s.stale])).toEqual([
      ["Riverside Mental Health Support Team", false],
      ["Old CYPMHS", true],
    ]);
    await saveService(la.ctx, entry({ id, name: "Riverside MHST", tier: "2" }), NOW);
    const w = await schoolIn(la.laCode);
    const seen = await schoolDirectory(w.lead, NOW);
    expect(seen.keepers).toHaveLength(1);
    expect(seen.keepers[0]!.services.map((s) => [s.name, s.tier])).toEqual([
      ["Riverside MHST", 2],
      ["Old CYPMHS", null],
    ]);
    expect(await directoryCount(w.lead)).toEqual({ count: 2, keepers: [la.trust.name] });
    const head = await makeMember(w.school.id, "HEAD", "SENIOR_LEADER");
    const { id: suggestionId } = await suggestCorrection(
      schoolCtx(head.id, w.school, "HEAD"),
      old.id,
      "The referral line changed to 0300 000 0000 in November.",
    );
    const waiting = await keptDirectory(la.ctx, NOW);
    expect(waiting.suggestions.map((s) => [s.school.name, s.service.name])).toEqual([
      [w.school.name, "Old CYPMHS"],
    ]);
    await decideSuggestion(la.ctx, suggestionId, "ACCEPTED", NOW);
    await expect(decideSuggestion(la.ctx, suggestionId, "DISMISSED", NOW)).rejects.toMatchObject({
      kind: "conflict",
    });
    expect((await keptDirectory(la.ctx, NOW)).suggestions).toEqual([]);
    expect((await schoolDirectory(w.lead, NOW)).suggestions.map((s) => s.status)).toEqual(["ACCEPTED"]);
    await removeService(la.ctx, old.id);
    expect((await schoolDirectory(w.lead, NOW)).keepers[0]!.services.map((s) => s.name)).toEqual([
      "Riverside MHST",
    ]);
    const actions = await ownerDb().auditEvent.findMany({
      where: {
        OR: [{ trustId: la.trust.id }, { schoolId: w.school.id }],
        action: { startsWith: "local-service" },
      },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "local-service.added",
      "local-service.added",
      "local-service.changed",
      "local-service.correction-suggested",
      "local-service.suggestion-accepted",
      "local-service.removed",
    ]);
  });

  it("shows a school its trust's entries beside its authority's", async () => {
    const la = await makeAuthority();
    const trust = await makeTrust();
    const leader = await makeTrustLeader(trust.id);
    await saveService(la.ctx, entry(), NOW);
    await saveService(
      trustCtx(leader.id, trust),
      entry({ name: "Trust training", kind: "TRAINING_PROVIDER" }),
      NOW,
    );
    const w = await schoolIn(la.laCode, trust.id);
    const seen = await schoolDirectory(w.lead, NOW);
    expect(seen.keepers.map((k) => [k.name, k.services.map((s) => s.name)])).toEqual([
      [la.trust.name, ["Riverside Mental Health Support Team"]],
      [trust.name, ["Trust training"]],
    ]);
  });

  it("refuses a last-checked day in the future and a CYPMHS entry without a threshold, beside the fields", async () => {
    const la = await makeAuthority();
    await expect(saveService(la.ctx, entry({ lastCheckedOn: "2026-12-05" }), NOW)).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { lastCheckedOn: [expect.stringMatching(/cannot be in the future/)] },
    });
    const bad = serviceSchema.safeParse({
      ...entry(),
      kind: "CYPMHS",
      threshold: "",
      website: "ftp://x.example",
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["threshold", "website"]));
  });
});

describe("cross-tenant", () => {
  it("another area's school sees nothing, suggests nothing; another keeper changes nothing", async () => {
    const a = await makeAuthority();
    const b = await makeAuthority();
    const { id } = await saveService(a.ctx, entry(), NOW);
    const outsider = await schoolIn(b.laCode);
    expect((await schoolDirectory(outsider.lead, NOW)).keepers.map((k) => k.id)).toEqual([b.trust.id]);
    await expect(suggestCorrection(outsider.lead, id, "This is another area's entry.")).rejects.toMatchObject(
      {
        kind: "not_found",
      },
    );
    await expect(saveService(b.ctx, entry({ id, name: "Taken over" }), NOW)).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(removeService(b.ctx, id)).rejects.toMatchObject({ kind: "not_found" });
    // Underneath: b's scope and the outsider's scope read no entry of a's, and cannot write one.
    const bScope = { personId: b.leader.id, trustId: b.trust.id };
    expect(await withScope(bScope, (tx) => tx.localService.count({ where: { id } }))).toBe(0);
    expect(
      await withScope(bScope, (tx) => tx.localService.updateMany({ where: { id }, data: { name: "x" } })),
    ).toMatchObject({ count: 0 });
    const outsiderScope = { personId: outsider.lead.personId, schoolId: outsider.school.id };
    expect(await withScope(outsiderScope, (tx) => tx.localService.count({ where: { id } }))).toBe(0);
    await expect(
      withScope(outsiderScope, (tx) =>
        tx.serviceSuggestion.create({
          data: {
            trustId: a.trust.id,
            serviceId: id,
            schoolId: outsider.school.id,
            text: "sneaky",
            suggestedById: outsider.lead.personId,
          },
        }),
      ),
    ).rejects.toThrow();
    // A school's suggestion is decided only by the entry's keeper.
    const insider = await schoolIn(a.laCode);
    const s = await suggestCorrection(insider.lead, id, "The web address has moved.");
    await expect(decideSuggestion(b.ctx, s.id, "DISMISSED", NOW)).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await withScope(bScope, (tx) => tx.serviceSuggestion.count({ where: { id: s.id } }))).toBe(0);
    // Schools read their own suggestions only.
    expect(await withScope(outsiderScope, (tx) => tx.serviceSuggestion.count({ where: { id: s.id } }))).toBe(
      0,
    );
  });
});
