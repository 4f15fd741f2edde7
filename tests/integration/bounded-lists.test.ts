// Lists that grow with a school are bounded: the newest N, never the whole history in one request.
import { describe, expect, it } from "vitest";
import { ensureDefaultFramework } from "@/lib/framework/queries";
import { listMyRounds, listRounds, ROUNDS_SHOWN } from "@/lib/rounds/queries";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

describe("bounded lists", () => {
  it("lists the newest rounds up to the limit, for the lead and on a person's own list", async () => {
    const s = await schoolWithStaff(["TEACHER"]);
    const { versionId } = await ensureDefaultFramework();
    const at = (n: number, h: number) => new Date(Date.UTC(2000, 0, 1 + n * 7, h));
    await ownerDb().round.createMany({
      data: Array.from({ length: ROUNDS_SHOWN + 3 }, (_, n) => ({
        schoolId: s.school.id,
        title: `Round ${n}`,
        opensAt: at(n, 8),
        closesAt: at(n, 20),
        frameworkVersionId: versionId,
        audience: "ALL_STAFF" as const,
        mode: "NAMED" as const,
        createdById: s.lead.personId,
      })),
    });
    const rounds = await listRounds(s.lead);
    expect(rounds).toHaveLength(ROUNDS_SHOWN);
    expect(rounds[0]!.title).toBe(`Round ${ROUNDS_SHOWN + 2}`);
    const mine = await listMyRounds(s.staff[0]!.ctx);
    expect(mine).toHaveLength(ROUNDS_SHOWN);
    // Still soonest-closing first, and the newest is not the one left out.
    expect(mine.at(-1)!.title).toBe(`Round ${ROUNDS_SHOWN + 2}`);
  });
});
