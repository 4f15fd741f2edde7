// A local authority of its own for the returns journey (decision 0037): two schools in its area,
// each with a closed CONFIDENTIAL round (the rollups come from the migration's triggers), written as
// the database owner; the school's lead sends a return through the page.
import { randomUUID } from "node:crypto";
import { DEMO_AUTHORITY, DEMO_PASSWORD } from "../../../lib/demo/roster";
import { type Account, createPerson, createSchool, ownerQuery } from "../fixtures";
import { closedRound } from "./trust";

const uniq = () => randomUUID().replace(/-/g, "").slice(0, 10);

/** The demo local authority's user (the seed makes them). */
export const LA_USER: Account = {
  email: DEMO_AUTHORITY.leaderEmail,
  password: DEMO_PASSWORD,
  label: "Local-authority user",
};

const staff = (core: number, enhanced: number) => [
  ...Array.from({ length: core }, () => ({ jobRole: "TEACHER", tier: 1 })),
  ...Array.from({ length: enhanced }, () => ({ jobRole: "FORM_TUTOR", tier: 2 })),
];

export async function authorityWithSchools() {
  const code = `E${uniq()}`;
  const id = `e2e${uniq()}`;
  const name = `Journey Council ${code}`;
  await ownerQuery(
    `INSERT INTO "Trust" (id, name, kind, "registerCode") VALUES ($1, $2, 'LOCAL_AUTHORITY', $3)`,
    [id, name, code],
  );
  const officer = await createPerson("Area Officer");
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "trustId", role, "updatedAt") VALUES ($1, $2, $3, 'TRUST_LEADER', now())`,
    [`e2e${uniq()}`, officer.id, id],
  );
  const sender = await createSchool({ name: "Birch Primary" });
  const silent = await createSchool({ name: "Cedar Primary" });
  for (const s of [sender, silent])
    await ownerQuery(`UPDATE "School" SET "laCode" = $2, "laName" = $3 WHERE id = $1`, [s.id, code, name]);
  await closedRound(sender.id, "Birch autumn round", staff(9, 5), 2, 7);
  await closedRound(silent.id, "Cedar autumn round", staff(9, 5), 2, 5);
  return { authority: { id, name, officer }, sender, silent };
}
