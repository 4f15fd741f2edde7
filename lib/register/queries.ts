import "server-only";
// The register is public data: anyone signed in may look a school up; only operators import it.
import { withScope, type Tx } from "../db/scope";
import type { RegisterEntry } from "./gias";

export type RegisterSchool = RegisterEntry & { importedAt: Date };

/** One establishment by URN, or null when the register (as last imported) has none. */
export async function findRegisterSchool(urn: string): Promise<RegisterSchool | null> {
  return withScope({}, (tx) => registerSchool(tx, urn));
}

export function registerSchool(tx: Tx, urn: string): Promise<RegisterSchool | null> {
  return tx.registerSchool.findUnique({ where: { urn } });
}

/** When the register was last imported, and how many establishments it holds. */
export async function registerSummary(): Promise<{ count: number; importedAt: Date | null }> {
  return withScope({}, async (tx) => {
    const [count, newest] = await Promise.all([
      tx.registerSchool.count(),
      tx.registerSchool.aggregate({ _max: { importedAt: true } }),
    ]);
    return { count, importedAt: newest._max.importedAt };
  });
}
