// Production servers for `npm run bench`: `next start` instances of this build on the seeded database,
// and a small round-robin load balancer in front of them. Every instance shares the same secrets (the
// session secret and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, so a server action made by one is accepted by
// the other) and keeps everything else in Postgres (sessions' versions, rate-limit buckets, jobs,
// caches' sources); uploads would go to a shared EVIDENCE_DIR or S3.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0000";
// 32 bytes, base64: the key Next.js encrypts server actions' closed-over values with.
export const ACTIONS_KEY = Buffer.alloc(32, 7).toString("base64");

export type Instance = { port: number; process: ChildProcess };

export async function startInstance(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
  stderr: "inherit" | number = "inherit",
): Promise<Instance> {
  const next = ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, [...nodeArgs, ...next], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY,
      LOG_LEVEL: "error",
      JOBS_ENABLED: "false",
      TRUSTED_PROXY_HOPS: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", stderr],
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) return { port, process: child };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`next start on ${port} did not answer`);
}

/** Resident memory of an instance (the server and any workers it started), in MiB. */
export function rssMiB(instance: Instance): number {
  const pids = [instance.process.pid!];
  try {
    pids.push(
      ...fs
        .readFileSync(`/proc/${instance.process.pid}/task/${instance.process.pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    // No children file: the server alone.
  }
  let kib = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      kib += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return kib / 1024;
}

/** Round-robin over the instances, keeping connections to them alive; adds X-Forwarded-For. */
export function startBalancer(port: number, targets: number[]): Promise<http.Server> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length]!;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: target,
        method: req.method,
        path: req.url,
        agent,
        headers: { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "127.0.0.1" },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
