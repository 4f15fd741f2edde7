import type { Metadata } from "next";
import { JobRoleTiersForm } from "@/components/job-roles/job-role-tiers-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import { TIER_NAMES } from "@/lib/tiers";
import { listJobRoleTiers } from "@/lib/tiers/queries";
import { resetJobRoleTiers, saveJobRoleTiers } from "./actions";

export const metadata: Metadata = { title: "Job roles" };

export default async function JobRolesPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  // The head reads what the lead sees; only the lead changes it.
  const ctx = await requireSchool(schoolId, "school:view");
  const rows = await listJobRoleTiers(ctx);
  return (
    <>
      <PageHeader
        title="Job roles"
        lead="Each job role's required tier decides which competencies are in scope for the people in it."
      />
      <Section title="Required tier for each job role">
        <p className="mb-4 text-slate-700">
          Tier 1, Core: every adult in school. Tier 2, Enhanced: staff with pastoral or targeted roles
          (roughly a fifth of staff). Tier 3, Specialist: the lead and designated roles (a handful). A change
          applies to answers given from now on; submitted answers keep the tier they were given under.
        </p>
        {can(ctx.role, "people:manage") ? (
          <JobRoleTiersForm
            rows={rows}
            save={saveJobRoleTiers.bind(null, schoolId)}
            reset={resetJobRoleTiers.bind(null, schoolId)}
          />
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {rows.map((r) => (
              <li key={r.jobRole} className="py-2">
                <span className="font-medium">{r.label}</span>: tier {r.requiredTier},{" "}
                {TIER_NAMES[r.requiredTier]}
                <span className="block text-sm text-slate-700">
                  Default tier {r.defaultTier} · {r.people} {r.people === 1 ? "person" : "people"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
