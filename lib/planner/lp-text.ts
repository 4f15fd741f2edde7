// Writing CPLEX LP text, shared by the planner's two models. Pure.
export type Term = { coef: number; name: string };
export const term = (coef: number, name: string): Term => ({ coef, name });
const show = (t: Term) => `${t.coef < 0 ? "-" : "+"} ${Math.abs(t.coef)} ${t.name}`;

/** LP readers dislike very long lines: a few terms per line, continuation lines indented. */
export function expr(terms: Term[], empty = ""): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8)
    lines.push(
      terms
        .slice(i, i + 8)
        .map(show)
        .join(" "),
    );
  return lines.join("\n   ") || empty;
}

/** Variable names for a section (General, Binary), a dozen a line. */
export function names(list: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i += 12) lines.push(` ${list.slice(i, i + 12).join(" ")}`);
  return lines;
}
