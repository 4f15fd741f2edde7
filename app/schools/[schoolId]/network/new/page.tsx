import type { Metadata } from "next";
import { CaseStudyForm } from "@/components/network/case-study-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { contactChoices, schoolCriterionChoices } from "@/lib/network/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { saveCaseStudy } from "../actions";

export const metadata: Metadata = { title: "Write a case study" };

export default async function NewCaseStudy({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "network:manage");
  const [contacts, criteria] = await Promise.all([contactChoices(ctx), schoolCriterionChoices(ctx)]);
  return (
    <>
      <PageHeader title="Write a case study" lead="It is saved as a draft that only your school sees." />
      <Section title="The case study">
        <CaseStudyForm
          schoolId={schoolId}
          contacts={contacts}
          criteria={criteria}
          action={saveCaseStudy.bind(null, schoolId)}
          initial={{
            caseStudyId: "",
            title: "",
            summary: "",
            whatWeDid: "",
            impact: "",
            principleKeys: [],
            criterionIds: [],
            contactId: "",
          }}
        />
      </Section>
    </>
  );
}
