// A trust's edit of a scheme, checked against the version it started from and turned into the data
// of a new version (decision 0034). Pure: no database, no clock.
import type { FieldErrors } from "../errors";
import type { CriterionData, SchemeData, SchemeLevel, AccreditationMeasureKey } from "./default-scheme";
import type { SchemeEditInput } from "./forms";

export type BaseScheme = {
  name: string;
  description: string;
  levels: SchemeLevel[];
  strands: {
    position: number;
    title: string;
    summary: string;
    criteria: { key: string; text: string; guidance: string; measure: AccreditationMeasureKey | null }[];
  }[];
};

type Edit = Omit<SchemeEditInput, "fromSchemeId">;

/** What is wrong with the edit beside which field; empty when it can be published. */
export function schemeEditProblems(base: BaseScheme, edit: Edit): FieldErrors {
  const out: FieldErrors = {};
  if (edit.strands.length !== base.strands.length) {
    out.strands = [
      `The scheme keeps its ${base.strands.length} strands: change their words, not their number.`,
    ];
    return out;
  }
  edit.strands.forEach((strand, i) => {
    const known = new Set(base.strands[i]!.criteria.map((c) => c.key));
    const seen = new Set<string>();
    strand.criteria.forEach((c, j) => {
      const key = c.key.trim();
      if (!key) return;
      if (!known.has(key) || seen.has(key))
        out[`strands.${i}.criteria.${j}.text`] = [
          "This criterion does not belong to this strand. Reload the page and start again.",
        ];
      seen.add(key);
    });
  });
  return out;
}

const suffix = (key: string) => Number(key.split(".")[1] ?? 0);

/**
 * The new version's data: a carried-over criterion keeps its key and what Harbour measures for it;
 * a new one takes the strand's next number unused in any earlier version (`usedKeys`), so a key
 * never names two different criteria.
 */
export function schemeDataOf(base: BaseScheme, edit: Edit, usedKeys: string[] = []): SchemeData {
  return {
    name: edit.name.trim(),
    description: edit.description.trim(),
    levels: base.levels,
    strands: edit.strands.map((strand, i) => {
      const from = base.strands[i]!;
      const measures = new Map(from.criteria.map((c) => [c.key, c.measure]));
      const ofStrand = [...from.criteria.map((c) => c.key), ...usedKeys].filter((k) =>
        k.startsWith(`${from.position}.`),
      );
      let next = Math.max(0, ...ofStrand.map(suffix));
      const criteria: CriterionData[] = strand.criteria.map((c) => {
        const key = c.key.trim() || `${from.position}.${++next}`;
        const measure = measures.get(key);
        return { key, text: c.text.trim(), guidance: c.guidance.trim(), ...(measure ? { measure } : {}) };
      });
      return { title: strand.title.trim(), summary: strand.summary.trim(), criteria };
    }),
  };
}

/** Whether the new data says exactly what the base says (publishing it would change nothing). */
export function sameScheme(base: BaseScheme, data: SchemeData): boolean {
  const norm = (s: BaseScheme | SchemeData) =>
    JSON.stringify({
      name: s.name,
      description: s.description,
      strands: s.strands.map((st) => ({
        title: st.title,
        summary: st.summary,
        criteria: st.criteria.map((c) => [c.key, c.text, c.guidance]),
      })),
    });
  return norm(base) === norm(data);
}
