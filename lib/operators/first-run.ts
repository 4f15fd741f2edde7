import "server-only";
// The first visit to a new server makes its first operator, once, for whoever holds the setup code.
import { audit } from "../audit/record";
import { isCommonPassword } from "../auth/common-passwords";
import { hashPassword } from "../auth/hashing";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { z } from "zod";
import type { firstOperatorSchema } from "./schemas";
import { isSetupCode } from "./setup-code";

const WRONG_CODE = "That is not this server's setup code. Check it and type it again.";
const TAKEN = "This Harbour server already has an operator. Sign in instead.";

async function operatorCount(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: bigint }[]>`SELECT app_operator_count() AS count`;
  return Number(row?.count ?? 0);
}

/** True until the first operator exists: the sign-in page then offers to set the server up. */
export async function needsSetup(): Promise<boolean> {
  return withScope({}, async (tx) => (await operatorCount(tx)) === 0);
}

export async function createFirstOperator(
  input: z.output<typeof firstOperatorSchema>,
): Promise<{ email: string }> {
  if (!isSetupCode(getConfig().authSecret, input.code))
    throw new UserError(WRONG_CODE, "validation", { code: [WRONG_CODE] });
  if (isCommonPassword(input.password))
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  const passwordHash = await hashPassword(input.password);
  return withScope({ loginEmail: input.email }, async (tx) => {
    // Two first visits at once: the second waits here, then finds the first one's operator.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('harbour:first-operator'))`;
    if ((await operatorCount(tx)) > 0) throw new UserError(TAKEN, "conflict");
    const person = await tx.person.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true },
    });
    await setScope(tx, { personId: person.id });
    await tx.operator.create({ data: { personId: person.id } });
    await audit(tx, { actorId: person.id, action: "instance.operator-created", targetId: person.id });
    return { email: input.email };
  });
}
