// For operators of an instance without SMTP: confirms that an account's owner receives mail at its
// address, after you have checked it yourself (for example by writing to them from your own mail).
// A confirmed account may then join further schools (decision 0008). Leads cannot do this.
//
//   npx tsx scripts/confirm-address.ts someone@school.example            lists the address's accounts
//   npx tsx scripts/confirm-address.ts someone@school.example <account>  confirms one of them
import { ownerClient } from "../lib/db/owner-client";

async function main() {
  const [email, accountId] = process.argv.slice(2).map((a) => a.trim());
  if (!email) throw new Error("Give the email address, and optionally the account to confirm.");
  const { db, close } = await ownerClient();
  try {
    const accounts = await db.person.findMany({
      where: { email: email.toLowerCase() },
      include: {
        memberships: { include: { school: { select: { name: true } }, trust: { select: { name: true } } } },
      },
      orderBy: { createdAt: "asc" },
    });
    if (!accountId) {
      if (accounts.length === 0) console.log("No account has that address.");
      for (const a of accounts) {
        const places = a.memberships.map((m) => m.school?.name ?? m.trust?.name).join(", ") || "no school";
        const state = a.emailVerifiedAt ? `confirmed ${a.emailVerifiedAt.toISOString()}` : "not confirmed";
        console.log(`${a.id}  ${a.name}  created ${a.createdAt.toISOString()}  ${state}  in: ${places}`);
      }
      return;
    }
    const account = accounts.find((a) => a.id === accountId);
    if (!account) throw new Error("That account does not have that address.");
    if (accounts.some((a) => a.id !== accountId && a.emailVerifiedAt)) {
      throw new Error("Another account already has this address confirmed; an address has at most one.");
    }
    await db.$transaction([
      db.person.update({ where: { id: accountId }, data: { emailVerifiedAt: new Date() } }),
      db.auditEvent.create({
        data: { actorId: null, action: "address.confirmed", targetId: accountId, detail: { by: "operator" } },
      }),
    ]);
    console.log(`Confirmed ${email} for ${account.name} (${accountId}).`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
