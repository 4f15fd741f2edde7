import "server-only";
// CONFIDENTIAL responses made before decision 0045 still name their person. A migration cannot
// compute the keyed pseudonym (the key never enters the database), so this job does, school by
// school: each such response gets its pseudonym and loses its person (its times then keep only the
// date, by trigger). The person's own next visit does the same for their response (findOwn).
import { pseudonymFor } from "../assessment/pseudonym";
import { withScope, type Tx } from "../db/scope";
import { logError } from "../log";

export async function pseudonymiseSchool(tx: Tx, schoolId: string): Promise<number> {
  const linked = await tx.response.findMany({
    where: { schoolId, personId: { not: null }, round: { mode: "CONFIDENTIAL" } },
    select: { id: true, roundId: true, personId: true },
  });
  for (const r of linked)
    await tx.response.update({
      where: { id: r.id },
      data: { personId: null, pseudonym: pseudonymFor(r.roundId, r.personId!) },
    });
  return linked.length;
}

/** Every school in turn, each in its own transaction; one school's failure does not stop the others. */
export async function runPseudonymise(schoolIds: string[]): Promise<number> {
  let total = 0;
  let failed: unknown = null;
  for (const schoolId of schoolIds) {
    try {
      total += await withScope({ schoolId }, (tx) => pseudonymiseSchool(tx, schoolId));
    } catch (error) {
      logError(error, `pseudonymising responses for school ${schoolId}`);
      failed = error;
    }
  }
  if (failed) throw failed;
  return total;
}
