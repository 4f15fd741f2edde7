import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseStudyForm } from "@/components/network/case-study-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import type { CaseStudyFormInput } from "@/lib/network/forms";
import { caseStudyDraft, contactChoices, schoolCriterionChoices } from "@/lib/network/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import { saveCaseStudy } from "../../actions";

export const metadata: Metadata = { title: "Edit a case study" };

export default async function EditCaseStudy({
  params,
}: {
  params: Promise<{ schoolId: string; caseStudyId: string }>;
}) {
  const { schoolId, caseStudyId } = await params;
  const ctx = await requireSchool(schoolId, "network:manage");
  const [study, contacts, criteria] = await Promise.all([
    orNotFound(caseStudyDraft(ctx, caseStudyId)),
    contactChoices(ctx),
    schoolCriterionChoices(ctx),
  ]);
  // Only a draft or a withdrawn case study is edited (what the contact agreed to is what is published).
  if (study.status !== "DRAFT" && study.status !== "WITHDRAWN") notFound();
  return (
    <>
      <PageHeader
        title="Edit a case study"
        lead={
          study.status === "WITHDRAWN"
            ? "Saving makes it a draft again; its contact is asked again."
            : undefined
        }
      />
      <Section title="The case study">
        <CaseStudyForm
          schoolId={schoolId}
          contacts={contacts}
          criteria={criteria}
          action={saveCaseStudy.bind(null, schoolId)}
          initial={{
            caseStudyId: study.id,
            title: study.title,
            summary: study.summary,
            whatWeDid: study.whatWeDid,
            impact: study.impact,
            principleKeys: study.principleKeys as CaseStudyFormInput["principleKeys"],
            criterionIds: study.criterionIds,
            contactId: study.contactId ?? "",
          }}
        />
      </Section>
    </>
  );
}
