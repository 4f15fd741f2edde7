// The network's test data: schools in and out of a trust, opted in or not, and a published case study.
import type { SchoolContext } from "@/lib/tenancy/context";
import { askContact, decideConsent, publishCaseStudy, saveCaseStudy } from "@/lib/network/store";
import { schoolCtx } from "./assessment-fixtures";
import { makeMember, makeSchool, ownerDb } from "./fixtures";

export type NetworkSchool = {
  id: string;
  name: string;
  lead: SchoolContext;
  head: SchoolContext;
  contact: SchoolContext;
  staff: SchoolContext;
};

export async function networkSchool(opts: { trustId?: string; optIn?: boolean; name?: string } = {}) {
  const school = await makeSchool({ trustId: opts.trustId, name: opts.name });
  if (opts.optIn) await ownerDb().school.update({ where: { id: school.id }, data: { networkOptIn: true } });
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const head = await makeMember(school.id, "HEAD", "SENIOR_LEADER");
  const contact = await makeMember(school.id, "STAFF", "PASTORAL_LEAD");
  const staff = await makeMember(school.id, "STAFF", "TEACHER");
  return {
    id: school.id,
    name: school.name,
    lead: schoolCtx(lead.id, school, "LEAD"),
    head: schoolCtx(head.id, school, "HEAD"),
    contact: schoolCtx(contact.id, school, "STAFF"),
    staff: schoolCtx(staff.id, school, "STAFF"),
  } satisfies NetworkSchool;
}

export const caseStudyForm = (contactId: string, over: Record<string, unknown> = {}) => ({
  caseStudyId: "",
  title: "Lunchtime listening benches",
  summary: "Trained sixth formers listen to younger pupils at lunchtime.",
  whatWeDid: "We trained twelve peer mentors in active listening and set up two benches.",
  impact: "Fewer lunchtime incidents and more pupils asking for help early.",
  principleKeys: ["student-voice" as const],
  criterionIds: [] as string[],
  contactId,
  ...over,
});

/** A case study written, agreed by its contact and published. */
export async function publishedCaseStudy(s: NetworkSchool, over: Record<string, unknown> = {}) {
  const { id } = await saveCaseStudy(s.lead, caseStudyForm(s.contact.personId, over));
  await askContact(s.lead, id);
  await decideConsent(s.contact, id, "agree");
  await publishCaseStudy(s.lead, id);
  return id;
}
