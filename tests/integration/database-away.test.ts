// A database server that is restarting or unreachable is a pause, not a fault in the request
// (issue 13, decision 0043): autosave answers 503 "busy" with Retry-After, which the page's draft
// resends, instead of 500 "something went wrong, nothing was saved" with a logged reference.
// A session the database cannot check just now has not ended: the person is not sent to sign in
// again, and an action answers "busy" (which the page retries) rather than "signed out".
// The errors are real ones: a port with no server, a connection the server ended, and a database
// that takes no more connections from the app's role.
import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { isOverload } from "@/lib/db/errors";
import { makePerson } from "./support/fixtures";

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

describe("a session checked while the database takes no connections", () => {
  it("is unchecked for this request, not ended", async () => {
    const person = await makePerson();
    const token = { personId: person.id, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) };
    const { jwt, session } = authOptions().callbacks!;
    const check = () => jwt!({ token: { ...token }, user: undefined!, account: null });
    expect(await check()).not.toHaveProperty("unchecked");
    const admin = owner();
    await admin.connect();
    const database = (await admin.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    try {
      // The app's role can no longer connect (as while the server restarts), and its open
      // connections are ended (as by a fast shutdown).
      await admin.query(`ALTER DATABASE ${database} CONNECTION LIMIT 0`);
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = 'harbour_app'`,
        [database],
      );
      const checked = await check();
      expect(checked).toMatchObject({ personId: person.id, unchecked: true });
      const made = await session!({
        session: { user: { id: "", name: "", email: "", via: "password" }, expires: "" },
        token: checked,
      } as never);
      expect(made).toMatchObject({ user: { id: person.id, unchecked: true } });
    } finally {
      await admin.query(`ALTER DATABASE ${database} CONNECTION LIMIT -1`);
      await admin.end();
    }
    // Once the database answers again, the same session is checked as before.
    let again: unknown = null;
    for (let i = 0; i < 20 && !again; i++) again = await Promise.resolve(check()).catch(() => null);
    expect(again).not.toHaveProperty("unchecked");
  });
});
