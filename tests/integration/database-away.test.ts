// A database server that is restarting or unreachable is a pause, not a fault in the request
// (issue 13, decision 0043): autosave answers 503 "busy" with Retry-After, which the page's draft
// resends, instead of 500 "something went wrong, nothing was saved" with a logged reference.
// The errors are real ones from pg: a port with no server, and a connection the server ended.
import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isOverload } from "@/lib/assessment/fast-save";

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const owner = () => new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });

describe("errors from a database server that is away", () => {
  it("counts no server listening as a pause", async () => {
    const port = await closedPort();
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expect(isOverload(error)).toBe(true);
  });

  it("counts a connection ended by the server (as on a fast shutdown, 57P01) as a pause", async () => {
    const victim = owner();
    const other = owner();
    await Promise.all([victim.connect(), other.connect()]);
    victim.on("error", () => {});
    try {
      const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      const running = victim.query("SELECT pg_sleep(30)").then(
        () => null,
        (e: unknown) => e,
      );
      await other.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      const error = await running;
      expect((error as { code?: string }).code).toBe("57P01");
      expect(isOverload(error)).toBe(true);
    } finally {
      await other.end();
      await victim.end().catch(() => {});
    }
  });

  it("still counts a real refusal as a fault", async () => {
    const client = owner();
    await client.connect();
    try {
      const error = await client.query("SELECT * FROM no_such_table").then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as { code?: string }).code).toBe("42P01");
      expect(isOverload(error)).toBe(false);
    } finally {
      await client.end();
    }
  });
});
