// Adds Harbour's reference data (the default framework, the starter catalogue) where missing, then
// seeds the demo trust on an empty database, as the owner (row-level security does not apply).
// The demo part refuses to touch a database that holds anything but demo data.
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/auth/hashing";
import { ownerClient } from "../lib/db/owner-client";
import {
  DEMO_AUTHORITY,
  DEMO_PASSWORD,
  DEMO_SCHOOLS,
  DEMO_SERVICES,
  DEMO_TRUST,
  demoStaff,
} from "../lib/demo/roster";
import { ensureStarterCatalogue } from "../lib/catalogue/write";
import { createDefaultFramework } from "../lib/framework/write";
import { createDefaultScheme } from "../lib/accreditation/write";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { readRegister } from "../lib/register/gias";
import { writeRegister } from "../lib/register/import";

async function main() {
  const { db, close } = await ownerClient();
  try {
    // Reference data every installation needs, demo or not: adding what is missing is always safe.
    await db.$transaction(
      async (tx) => {
        await createDefaultFramework(tx);
        await createDefaultScheme(tx);
        await ensureStarterCatalogue(tx);
        await ensureRegisterExtract(tx);
      },
      { timeout: 60_000 },
    );
    const realData =
      (await db.trust.count({ where: { isDemo: false } })) +
      (await db.school.count({ where: { isDemo: false } })) +
      (await db.person.count({ where: { isDemo: false } }));
    if (realData > 0) {
      console.log(
        "Seed skipped: this database holds real (non-demo) data, and the demo seed never touches it.",
      );
      return;
    }
    if ((await db.trust.count()) === 0) await seed(db);
    printSignIns();
  } finally {
    await db.$disconnect();
    await close();
  }
}

async function seed(db: PrismaClient) {
  // One hash for every demo account: they share a password, and hashing 200 times would add seconds.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const trust = await tx.trust.create({
        data: { name: DEMO_TRUST.name, kind: "MULTI_ACADEMY_TRUST", isDemo: true },
      });
      const leader = await tx.person.create({
        data: { email: DEMO_TRUST.leaderEmail, name: "Morgan Ellis", passwordHash, isDemo: true },
      });
      await tx.membership.create({ data: { personId: leader.id, trustId: trust.id, role: "TRUST_LEADER" } });
      for (const s of DEMO_SCHOOLS) {
        const school = await tx.school.create({
          data: {
            name: s.name,
            urn: s.urn,
            phase: s.phase,
            trustId: trust.id,
            laCode: DEMO_AUTHORITY.laCode,
            laName: DEMO_AUTHORITY.laName,
            isDemo: true,
          },
        });
        for (const p of demoStaff(s)) {
          const person = await tx.person.create({
            data: { email: p.email, name: p.name, passwordHash, isDemo: true },
          });
          await tx.membership.create({
            data: { personId: person.id, schoolId: school.id, role: p.role, jobRole: p.jobRole },
          });
        }
      }
      await seedAuthority(tx, passwordHash);
    },
    { timeout: 120_000 },
  );
}

/** The demo schools' local authority, its local-authority user and its directory of local services. */
async function seedAuthority(tx: Prisma.TransactionClient, passwordHash: string) {
  const authority = await tx.trust.create({
    data: {
      name: DEMO_AUTHORITY.name,
      kind: "LOCAL_AUTHORITY",
      registerCode: DEMO_AUTHORITY.laCode,
      isDemo: true,
    },
  });
  const officer = await tx.person.create({
    data: { email: DEMO_AUTHORITY.leaderEmail, name: "Priya Shah", passwordHash, isDemo: true },
  });
  await tx.membership.create({ data: { personId: officer.id, trustId: authority.id, role: "TRUST_LEADER" } });
  const today = new Date();
  for (const { monthsSinceChecked, ...service } of DEMO_SERVICES) {
    const checked = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsSinceChecked, 1));
    await tx.localService.create({
      data: { ...service, trustId: authority.id, lastCheckedOn: checked, updatedById: officer.id },
    });
  }
}

/** A small extract of the national register (prisma/register), until an operator imports their own. */
async function ensureRegisterExtract(tx: Prisma.TransactionClient) {
  if ((await tx.registerSchool.count()) > 0) return;
  const text = fs.readFileSync(path.join(import.meta.dirname, "register", "gias-extract.csv"), "utf8");
  await writeRegister(tx, readRegister(text).entries, new Date());
}

function printSignIns() {
  const rows = [
    ["Trust leader", DEMO_TRUST.leaderEmail],
    ["Local-authority user", DEMO_AUTHORITY.leaderEmail],
    ...DEMO_SCHOOLS.flatMap((s) => [
      [`Lead, ${s.name}`, `lead@${s.domain}`],
      [`Head, ${s.name}`, `head@${s.domain}`],
      [`Teacher, ${s.name}`, `teacher@${s.domain}`],
    ]),
  ];
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const [who, email] of rows) console.log(`  ${who!.padEnd(48)} ${email}`);
  console.log("");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
