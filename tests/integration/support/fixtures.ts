// Test data written as the owner (bypassing row-level security), the way an operator or the seed would.
import { randomUUID } from "node:crypto";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobRole, MembershipRole } from "@/lib/generated/prisma/enums";
import { serverAdapter } from "@/lib/db/adapters";

// One owner client per worker process, kept on globalThis: test files re-import this module, and a
// client per file would leave its connections open until the server runs out.
const holder = globalThis as unknown as { harbourOwnerDb?: PrismaClient };

export function ownerDb(): PrismaClient {
  holder.harbourOwnerDb ??= new PrismaClient({ adapter: serverAdapter(process.env.MIGRATION_DATABASE_URL!) });
  return holder.harbourOwnerDb;
}

let urnCounter = 100000 + Math.floor(Math.random() * 800000);
const unique = () => randomUUID().slice(0, 8);

export async function makeTrust(name = `Trust ${unique()}`) {
  return ownerDb().trust.create({ data: { name, kind: "MULTI_ACADEMY_TRUST" } });
}

export async function makeSchool(opts: { trustId?: string; name?: string } = {}) {
  return ownerDb().school.create({
    data: {
      name: opts.name ?? `School ${unique()}`,
      urn: String(urnCounter++),
      phase: "PRIMARY",
      trustId: opts.trustId,
    },
  });
}

export async function makePerson(opts: { email?: string; name?: string; passwordHash?: string } = {}) {
  return ownerDb().person.create({
    data: {
      email: (opts.email ?? `p-${unique()}@example.test`).toLowerCase(),
      name: opts.name ?? "Test Person",
      passwordHash: opts.passwordHash,
    },
  });
}

export async function makeMember(
  schoolId: string,
  role: MembershipRole = "STAFF",
  jobRole: JobRole = "TEACHER",
  person?: { id: string },
) {
  const p = person
    ? await ownerDb().person.findUniqueOrThrow({ where: { id: person.id } })
    : await makePerson();
  await ownerDb().membership.create({ data: { personId: p.id, schoolId, role, jobRole } });
  return p;
}

export async function makeTrustLeader(trustId: string) {
  const p = await makePerson();
  await ownerDb().membership.create({ data: { personId: p.id, trustId, role: "TRUST_LEADER" } });
  return p;
}
