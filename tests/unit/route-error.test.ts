// What a download or other route handler answers when something fails: a busy or restarting database
// is "try again shortly" (503 with Retry-After, as autosave answers it), not a 500 with a reference.
import { describe, expect, it, vi } from "vitest";
import { UserError } from "@/lib/errors";

vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => null }));
const { routeError } = await import("@/lib/tenancy/route");

describe("routeError", () => {
  it("answers a database that cannot take the request just now with 503 and Retry-After", async () => {
    const poolTimeout = Object.assign(new Error("Unable to start a transaction in the given time."), {
      code: "P2028",
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    for (const error of [poolTimeout, refused]) {
      const response = routeError(error, "test");
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect(await response.text()).toMatch(/busy just now/);
    }
  });

  it("still answers a fault with 500 and a reference, and a refusal with its own words", async () => {
    const fault = routeError(new Error("column does not exist"), "test");
    expect(fault.status).toBe(500);
    expect(await fault.text()).toMatch(/reference/);
    const refusal = routeError(new UserError("Choose a date."), "test");
    expect(refusal.status).toBe(400);
    expect(await refusal.text()).toBe("Choose a date.");
  });
});
