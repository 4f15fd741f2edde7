// A server action whose database is away or at capacity answers "busy" (the page keeps what the person
// typed and can try again), not "something went wrong": the fault script (npm run test:faults) saw
// submits answer "unexpected" while Postgres restarted.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define";

const failingWith = (error: Error) =>
  publicAction({
    name: "test",
    schema: z.object({}),
    run: async () => {
      throw error;
    },
  });

describe("a server action when the database cannot serve", () => {
  it("answers busy for a refused connection, a restart and a pool timeout", async () => {
    for (const code of ["ECONNREFUSED", "57P01", "P2028"]) {
      const result = await failingWith(Object.assign(new Error("database away"), { code }))({});
      expect(result).toMatchObject({ ok: false, code: "busy" });
      expect(result.ok ? "" : result.message).toMatch(/Nothing was saved/);
    }
  });

  it("still answers a fault as unexpected, with a reference", async () => {
    const result = await failingWith(new Error("column does not exist"))({});
    expect(result).toMatchObject({ ok: false, code: "unexpected" });
  });
});
