import type { Metadata } from "next";
import Link from "next/link";
import { schoolNav } from "@/components/shell/school-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Settings" };

/** The pages a school sets up once or looks at now and then, each with what it is for. */
export default async function SchoolSettingsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  const { settings } = schoolNav(ctx.role, `/schools/${schoolId}`);
  return (
    <>
      <PageHeader title="Settings" lead={`How Harbour is set up for ${ctx.schoolName}.`} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {settings.map((s) => (
          <li key={s.href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={s.href} className="font-semibold text-harbour-700 underline">
              {s.label}
            </Link>
            <p className="mt-1 text-slate-700">{s.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
