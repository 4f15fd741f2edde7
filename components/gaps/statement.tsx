import type { Statement } from "@/lib/gaps/queries";

/** A competency in words, with its code as a detail for experts and exports. */
export function StatementText({ code, statements }: { code: string; statements: Map<string, Statement> }) {
  const s = statements.get(code);
  return (
    <>
      {s?.statement ?? code}{" "}
      <span className="whitespace-nowrap text-xs font-normal text-slate-600">({code})</span>
    </>
  );
}

export const statementMap = (statements: Statement[]) => new Map(statements.map((s) => [s.code, s]));
