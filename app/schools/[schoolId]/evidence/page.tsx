import type { Metadata } from "next";
import Link from "next/link";
import { shorten } from "@/components/catalogue/course-filters";
import { AddEvidence } from "@/components/evidence/add-evidence";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { listEvidence, targetOptions } from "@/lib/evidence/queries";
import { parseTarget } from "@/lib/evidence/targets";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import { addEvidenceLink, addEvidenceNote, deleteEvidence, tagEvidence, untagEvidence } from "./actions";

export const metadata: Metadata = { title: "Evidence library" };

type Props = { params: Promise<{ schoolId: string }>; searchParams: Promise<{ tag?: string }> };

const link = "font-medium text-harbour-700 underline underline-offset-2";

export default async function EvidencePage({ params, searchParams }: Props) {
  const { schoolId } = await params;
  const { tag } = await searchParams;
  const ctx = await requireSchool(schoolId, "evidence:view");
  const filter = parseTarget(tag);
  const [items, groups] = await Promise.all([listEvidence(ctx, tag), targetOptions(ctx)]);
  const manage = can(ctx.role, "evidence:manage");
  const filterLabel = filter
    ? groups.flatMap((g) => g.options).find((o) => o.value === `${filter.kind}:${filter.key}`)?.label
    : null;
  return (
    <>
      <PageHeader
        title="Evidence library"
        lead="Keep each piece of evidence once, and tag it to every principle, learning area and action it supports."
      />
      {manage && (
        <Section title="Add evidence">
          <AddEvidence
            uploadUrl={`/schools/${schoolId}/evidence/upload`}
            addNote={addEvidenceNote.bind(null, schoolId)}
            addLink={addEvidenceLink.bind(null, schoolId)}
          />
        </Section>
      )}
      <Section title={filterLabel ? `Evidence for ${filterLabel}` : "All evidence"}>
        <form method="get" aria-label="Filter evidence" className="mb-4 flex flex-wrap items-end gap-2">
          <div className="flex w-full min-w-0 max-w-md flex-col gap-1">
            <label htmlFor="evidence-filter" className="font-medium">
              Show evidence for
            </label>
            <select
              id="evidence-filter"
              name="tag"
              defaultValue={filter ? `${filter.kind}:${filter.key}` : ""}
              className="min-h-11 w-full min-w-0 rounded-md border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">Everything</option>
              {groups
                .filter((g) => g.options.length > 0)
                .map((g) => (
                  <optgroup key={g.group} label={g.group}>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {shorten(o.label, 70)}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800"
          >
            Show
          </button>
          {filter && (
            <Link className={`${link} min-h-11 py-2`} href={`/schools/${schoolId}/evidence`}>
              Show all evidence
            </Link>
          )}
        </form>
        <EvidenceList
          schoolId={schoolId}
          items={items}
          groups={groups}
          filtered={Boolean(filter)}
          manage={
            manage
              ? {
                  tag: tagEvidence.bind(null, schoolId),
                  untag: untagEvidence.bind(null, schoolId),
                  remove: deleteEvidence.bind(null, schoolId),
                }
              : undefined
          }
        />
      </Section>
    </>
  );
}
