import fs from "node:fs";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startInstance } from "./bench-servers";
const db = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/harbour_scale" });
await db.connect();
const v = (await db.query(`SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id=v."frameworkId" WHERE f."schoolId" IS NULL LIMIT 1`)).rows[0].id;
await db.query(`DELETE FROM "Round" WHERE id='profround'`);
await db.query(`INSERT INTO "Round" (id,"schoolId",title,"opensAt","closesAt","frameworkVersionId",audience,"jobRoles",mode,"createdById") SELECT 'profround','scales00005','P',now()-interval '1 hour',now()+interval '1 day',$1,'ALL_STAFF','{}','NAMED',"personId" FROM "Membership" WHERE "schoolId"='scales00005' AND role='LEAD'`, [v]);
const people = (await db.query(`SELECT "personId","jobRole" FROM "Membership" WHERE "schoolId"='scales00005'`)).rows;
for (const p of people) await db.query(`INSERT INTO "Response" (id,"roundId","schoolId","personId","frameworkVersionId","jobRole","requiredTier","updatedAt") VALUES ($1,'profround','scales00005',$2,$3,$4,1,now())`, ["pr" + p.personId, p.personId, v, p.jobRole]);
const cookies = await Promise.all(people.map(async (p) => `next-auth.session-token=${await encode({ token: { sub: p.personId, personId: p.personId, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) }, secret: "bench-secret-bench-secret-bench-secret-0000", maxAge: 28800 })}`));
fs.rmSync("/tmp/h5-prof", { recursive: true, force: true });
const inst = await startInstance(3153, { DATABASE_URL: "postgresql://harbour_app@127.0.0.1:5432/harbour_scale", NEXTAUTH_URL: "http://127.0.0.1:3153" }, process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/h5-prof"] : []);
let n = 0, bad = 0;
const r = await autocannon({ url: "http://127.0.0.1:3153", connections: 50, duration: Number(process.env.SECS ?? 8), requests: [{ method: "POST", setupRequest: (req) => { const i = n++ % people.length; return { ...req, path: "/schools/scales00005/assessments/profround/answers", headers: { "content-type": "application/json", origin: "http://127.0.0.1:3153", cookie: cookies[i] }, body: JSON.stringify({ frameworkVersionId: v, answers: [{ competencyCode: "C1.01", rating: n % 5 }] }) }; }, onResponse: (s, b) => { if (!b.includes('"ok":true')) bad++; } }] });
console.log(`${r.requests.average}/s p50 ${r.latency.p50} p99 ${r.latency.p99} bad ${bad} non2xx ${r.non2xx}`);
inst.process.kill("SIGINT");
await new Promise((res) => setTimeout(res, 3000));
await db.query(`DELETE FROM "Round" WHERE id='profround'`);
await db.end();
if (process.env.PROF) {
  for (const f of fs.readdirSync("/tmp/h5-prof")) {
    const prof = JSON.parse(fs.readFileSync(`/tmp/h5-prof/${f}`, "utf8"));
    const self = new Map<string, number>();
    const dt = prof.timeDeltas as number[];
    const byId = new Map(prof.nodes.map((x: any) => [x.id, x]));
    const counts = new Map<number, number>();
    prof.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
    let total = 0;
    for (const [id, us] of counts) { const node: any = byId.get(id); const cf = node.callFrame; const key = `${cf.functionName || "(anon)"} ${cf.url.replace(/.*node_modules\//, "").replace(/.*\.next\//, ".next/")}`; self.set(key, (self.get(key) ?? 0) + us); total += us; }
    const byFile = new Map<string, number>();
    for (const [k, us] of self) { const file = k.split(" ").slice(1).join(" ").split("/").slice(0, 2).join("/"); byFile.set(file, (byFile.get(file) ?? 0) + us); }
    console.log(f, "total ms", (total / 1000).toFixed(0));
    console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, us]) => `${(us / total * 100).toFixed(1)}% ${k}`).join("\n"));
    console.log("--- functions");
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, us]) => `${(us / total * 100).toFixed(1)}% ${k}`).join("\n"));
  }
}
process.exit(0);
