import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HARBOUR_SCHEME } from "@/lib/accreditation/default-scheme";
import { schemeEditSchema } from "@/lib/accreditation/forms";
import {
  sameScheme,
  schemeDataOf,
  schemeEditProblems,
  type BaseScheme,
} from "@/lib/accreditation/scheme-edit";

const base: BaseScheme = {
  ...HARBOUR_SCHEME,
  strands: HARBOUR_SCHEME.strands.map((s, i) => ({
    position: i + 1,
    title: s.title,
    summary: s.summary,
    criteria: s.criteria.map((c) => ({ ...c, measure: c.measure ?? null })),
  })),
};
const editOf = (b: BaseScheme) => ({
  name: b.name,
  description: b.description,
  changeSummary: "x",
  strands: b.strands.map((s) => ({
    title: s.title,
    summary: s.summary,
    criteria: s.criteria.map((c) => ({ key: c.key, text: c.text, guidance: c.guidance })),
  })),
});

describe("editing a scheme", () => {
  it("keeps the data the same when nothing is edited", () => {
    expect(schemeEditProblems(base, editOf(base))).toEqual({});
    expect(sameScheme(base, schemeDataOf(base, editOf(base)))).toBe(true);
  });

  it("gives new criteria the strand's next key never used before, and keeps measures by key", () => {
    const edit = editOf(base);
    edit.strands[0]!.criteria.splice(1, 1);
    edit.strands[0]!.criteria.push({ key: "", text: "New one", guidance: "" });
    const used = ["1.9", "2.7"];
    const data = schemeDataOf(base, edit, used);
    expect(data.strands[0]!.criteria.at(-1)!.key).toBe("1.10");
    expect(data.strands[0]!.criteria[0]!.measure).toBe(base.strands[0]!.criteria[0]!.measure);
    expect(data.strands[0]!.criteria.at(-1)!.measure).toBeUndefined();
    expect(sameScheme(base, data)).toBe(false);
  });

  it("refuses a key from another strand, a repeated key, and a changed number of strands", () => {
    const edit = editOf(base);
    edit.strands[0]!.criteria[0]!.key = "2.1";
    edit.strands[1]!.criteria[1]!.key = edit.strands[1]!.criteria[0]!.key;
    expect(Object.keys(schemeEditProblems(base, edit)).sort()).toEqual([
      "strands.0.criteria.0.text",
      "strands.1.criteria.1.text",
    ]);
    expect(schemeEditProblems(base, { ...edit, strands: edit.strands.slice(1) }).strands).toBeDefined();
  });

  it("property: any 3 to 6 criteria per strand give unique keys within the scheme", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 6,
          maxLength: 6,
        }),
        (changes) => {
          const edit = editOf(base);
          edit.strands.forEach((s, i) => {
            const [drop, add] = changes[i]!;
            s.criteria = s.criteria.slice(0, Math.max(3, s.criteria.length - drop));
            for (let k = 0; k < add && s.criteria.length < 6; k++)
              s.criteria.push({ key: "", text: `New ${k}`, guidance: "" });
          });
          expect(schemeEditSchema.safeParse({ ...edit, fromSchemeId: "s" }).success).toBe(true);
          expect(schemeEditProblems(base, edit)).toEqual({});
          const keys = schemeDataOf(base, edit).strands.flatMap((s) => s.criteria.map((c) => c.key));
          expect(new Set(keys).size).toBe(keys.length);
          for (const k of keys) expect(k).toMatch(/^[0-9]+\.[0-9]+$/);
        },
      ),
    );
  });
});
