import type { Metadata } from "next";
import { CourseForm } from "@/components/catalogue/course-form";
import { CourseList } from "@/components/catalogue/course-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { courseCompetencies, listOwnCourses } from "@/lib/catalogue/queries";
import { requireTrust } from "@/lib/tenancy/guard";
import { addTrustCourse, retireTrustCourse } from "./actions";

export const metadata: Metadata = { title: "Trust courses" };

/** The trust's own courses, which every school in the trust sees in its catalogue. */
export default async function TrustCataloguePage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "catalogue:manage");
  const [courses, competencies] = await Promise.all([listOwnCourses(ctx), courseCompetencies(ctx)]);
  return (
    <>
      <PageHeader
        title="Trust courses"
        lead={`Courses ${ctx.trustName} offers its schools, beside Harbour's starter catalogue.`}
      />
      <Section title={`Your trust's courses (${courses.length})`}>
        <CourseList
          courses={courses}
          competencies={competencies}
          empty="Your trust has not added any courses yet. Add one below and every school in the trust will see it."
          retire={retireTrustCourse.bind(null, trustId)}
        />
      </Section>
      <Section title="Add a trust course">
        <CourseForm action={addTrustCourse.bind(null, trustId)} competencies={competencies} />
      </Section>
    </>
  );
}
