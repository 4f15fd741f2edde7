// Case studies link to the accreditation criteria of the scheme the school works to (issue 10 part 5):
// one of that scheme's criteria is kept, anything else is refused beside the field with nothing stored,
// and a reader in another school sees the criterion's words.
import { describe, expect, it } from "vitest";
import { ensureDefaultScheme } from "@/lib/accreditation/scheme";
import { caseStudyCriteria, schoolCriterionChoices } from "@/lib/network/queries";
import { saveCaseStudy } from "@/lib/network/store";
import { makeTrust, ownerDb } from "./support/fixtures";
import { caseStudyForm, networkSchool } from "./support/network-fixtures";

describe("case studies and accreditation criteria", () => {
  it("keeps criteria of the school's scheme and shows their words to another school", async () => {
    await ensureDefaultScheme();
    const trust = await makeTrust();
    const a = await networkSchool({ trustId: trust.id });
    const b = await networkSchool({ trustId: trust.id });
    const choices = await schoolCriterionChoices(a.lead);
    expect(choices.length).toBeGreaterThanOrEqual(18);
    const picked = choices.slice(0, 2);
    const { id } = await saveCaseStudy(
      a.lead,
      caseStudyForm(a.contact.personId, { criterionIds: picked.map((c) => c.id) }),
    );
    expect((await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } })).criterionIds).toEqual(
      picked.map((c) => c.id),
    );
    expect(
      await caseStudyCriteria(
        b.lead,
        picked.map((c) => c.id),
      ),
    ).toEqual(picked.map((c) => c.label));
  });

  it("refuses a criterion that is not in the school's scheme, and stores nothing", async () => {
    const a = await networkSchool();
    const before = await ownerDb().caseStudy.count({ where: { schoolId: a.id } });
    await expect(
      saveCaseStudy(a.lead, caseStudyForm(a.contact.personId, { criterionIds: ["not-a-criterion"] })),
    ).rejects.toMatchObject({
      fieldErrors: { criterionIds: [expect.stringMatching(/accreditation scheme/)] },
    });
    expect(await ownerDb().caseStudy.count({ where: { schoolId: a.id } })).toBe(before);
  });
});
