import type { Metadata } from "next";
import { FrameworkScreen } from "@/components/framework/framework-screen";
import { loadFrameworkScreen } from "@/lib/framework/screen";
import { can } from "@/lib/permissions";
import { requireSchoolAny } from "@/lib/tenancy/resource";
import {
  addCompetency,
  adoptFramework,
  importFramework,
  reinstateCompetency,
  retireCompetency,
  rewordCompetency,
} from "./actions";

export const metadata: Metadata = { title: "Framework" };

type Props = {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ version?: string | string[] }>;
};

export default async function FrameworkPage({ params, searchParams }: Props) {
  const { schoolId } = await params;
  const { version } = await searchParams;
  // The lead edits; the head reads (school:view).
  const ctx = await requireSchoolAny(schoolId, ["framework:manage", "school:view"]);
  const screen = await loadFrameworkScreen(ctx, typeof version === "string" ? version : undefined);
  const actions = can(ctx.role, "framework:manage")
    ? {
        adopt: adoptFramework.bind(null, schoolId),
        add: addCompetency.bind(null, schoolId),
        reword: rewordCompetency.bind(null, schoolId),
        retire: retireCompetency.bind(null, schoolId),
        reinstate: reinstateCompetency.bind(null, schoolId),
        import: importFramework.bind(null, schoolId),
      }
    : undefined;
  return (
    <FrameworkScreen
      {...screen}
      actions={actions}
      basePath={`/schools/${schoolId}/framework`}
      owner="school"
    />
  );
}
