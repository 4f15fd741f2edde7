// Prints how long sign-in takes for a right password, a wrong one, an unknown email, an address with
// two accounts and an attempt told to wait, to show that failures cannot be told apart by timing. Uses a throwaway database on the Postgres server.
// Run: npx tsx --conditions=react-server scripts/bench-sign-in.ts
import { run, withBenchDatabase } from "./bench-database";

async function main() {
  await withBenchDatabase("harbour_bench", async (owner) => {
    const { hashPassword } = await import("../lib/auth/hashing");
    const { attemptSignIn } = await import("../lib/auth/sign-in");
    const password = "bench passphrase long enough";
    await owner.query(
      `INSERT INTO "Person" (id, email, name, "passwordHash") VALUES ('bench', 'bench@example.test', 'Bench', $1)`,
      [await hashPassword(password)],
    );
    // Two schools' hand-shared links for one address make two accounts; sign-in checks both.
    for (const id of ["two-a", "two-b"]) {
      await owner.query(
        `INSERT INTO "Person" (id, email, name, "passwordHash") VALUES ($1, 'two@example.test', 'Two', $2)`,
        [id, await hashPassword(`${password} ${id}`)],
      );
    }
    const cases = {
      "right password": { email: "bench@example.test", password },
      "wrong password": { email: "bench@example.test", password: "not the password at all" },
      "unknown email": { email: "nobody@example.test", password },
      "2 accounts, wrong": { email: "two@example.test", password: "not the password at all" },
      "told to wait": { email: "bench@example.test", password, wait: true },
    };
    const runs = 15;
    for (const [label, { wait, ...creds }] of Object.entries(cases) as [
      string,
      { email: string; password: string; wait?: boolean },
    ][]) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        await owner.query(`DELETE FROM "RateLimitBucket"`);
        // Six failures from this (account, address) first: the timed attempt is told to wait 2 s.
        if (wait)
          for (let f = 0; f < 6; f++)
            await attemptSignIn(
              { email: creds.email, password: "wrong wrong wrong" },
              { address: `10.9.0.${i}`, deviceId: null },
            );
        const start = performance.now();
        await attemptSignIn(creds, { address: `10.9.0.${i}`, deviceId: null });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(18)} median ${times[runs >> 1]!.toFixed(1)} ms  min ${times[0]!.toFixed(1)} ms  max ${times[runs - 1]!.toFixed(1)} ms  (${runs} runs)`,
      );
    }
  });
}

run(main);
