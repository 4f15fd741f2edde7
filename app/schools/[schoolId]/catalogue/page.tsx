import type { Metadata } from "next";
import { CourseFilters } from "@/components/catalogue/course-filters";
import { CourseForm } from "@/components/catalogue/course-form";
import { CourseList } from "@/components/catalogue/course-list";
import { OffersTable } from "@/components/commissioning/offers-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { courseCompetencies, listCourses } from "@/lib/catalogue/queries";
import { courseFilterSchema } from "@/lib/catalogue/schemas";
import { schoolOffers } from "@/lib/commissioning/queries";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import { addSchoolCourse, retireSchoolCourse } from "./actions";

export const metadata: Metadata = { title: "Training catalogue" };

type Props = {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Everyone in the school may browse; the lead adds and retires the school's own courses. */
export default async function CataloguePage({ params, searchParams }: Props) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  const filter = courseFilterSchema.parse(await searchParams);
  const manage = can(ctx.role, "catalogue:manage");
  const [courses, competencies, offers] = await Promise.all([
    listCourses(ctx, filter),
    courseCompetencies(ctx),
    schoolOffers(ctx),
  ]);
  const filtered = Boolean(filter.tier || filter.format || filter.competency);

  return (
    <>
      <PageHeader
        title="Training catalogue"
        lead="Courses your school can book: Harbour's starter catalogue, your trust's courses and your school's own."
      />
      {offers.length > 0 && (
        <Section title="Your trust's offers">
          <p className="mb-3 text-slate-700">
            Places your trust has bought together, at its price per place. A plan you generate books them
            where they help, while places are left.
          </p>
          <OffersTable offers={offers} showBookings={false} />
        </Section>
      )}
      <Section title="Filter courses">
        <CourseFilters filter={filter} competencies={competencies} />
      </Section>
      <Section title={`Courses (${courses.length})`}>
        <CourseList
          courses={courses}
          competencies={competencies}
          empty={
            filtered
              ? "No course matches these filters. Try another tier, format or competency."
              : "The catalogue is empty."
          }
          retire={manage ? retireSchoolCourse.bind(null, schoolId) : undefined}
        />
      </Section>
      {manage && (
        <Section title="Add a school course">
          <CourseForm action={addSchoolCourse.bind(null, schoolId)} competencies={competencies} />
        </Section>
      )}
    </>
  );
}
