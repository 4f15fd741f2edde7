import type { Metadata } from "next";
import Link from "next/link";
import { OptInForm } from "@/components/network/opt-in-form";
import { PrincipleTags } from "@/components/network/principle-tags";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { librarySearchSchema } from "@/lib/network/forms";
import { LIBRARY_LIMIT, networkSettings, schoolCriterionChoices, searchLibrary } from "@/lib/network/queries";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { can } from "@/lib/permissions";
import { PRINCIPLES } from "@/lib/review/principles";
import { requireSchool } from "@/lib/tenancy/guard";
import { setNetworkOptIn } from "./actions";

export const metadata: Metadata = { title: "Network of schools" };

const control = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base";

/** The library of published case studies this school can see, searched and filtered from the URL. */
export default async function NetworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "network:view");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const search = librarySearchSchema.parse({
    q: first(raw.q) ?? "",
    principle: first(raw.principle),
    phase: first(raw.phase),
    criterion: first(raw.criterion),
  });
  const [settings, results, criteria] = await Promise.all([
    networkSettings(ctx),
    searchLibrary(ctx, search),
    schoolCriterionChoices(ctx),
  ]);
  const searched = Boolean(search.q || search.principle || search.phase || search.criterion);
  const base = `/schools/${schoolId}/network`;
  return (
    <>
      <PageHeader
        title="Network of schools"
        lead="Short case studies that schools have chosen to share, each with a named contact you can ask."
        actions={
          <Link href={`${base}/ours`} className="font-medium text-harbour-700 underline">
            Your school&apos;s case studies
          </Link>
        }
      />
      <Section title="Search the library">
        <form method="get" action={base} role="search" className="grid gap-3 sm:grid-cols-4 sm:items-end">
          <div className="flex flex-col gap-1 sm:col-span-2">
            <label htmlFor="library-q" className="font-medium">
              Words to look for
            </label>
            <input id="library-q" name="q" type="search" defaultValue={search.q} className={control} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="library-principle" className="font-medium">
              Principle
            </label>
            <select
              id="library-principle"
              name="principle"
              defaultValue={search.principle ?? ""}
              className={control}
            >
              <option value="">Any principle</option>
              {PRINCIPLES.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="library-phase" className="font-medium">
              Phase
            </label>
            <select id="library-phase" name="phase" defaultValue={search.phase ?? ""} className={control}>
              <option value="">Any phase</option>
              {Object.entries(SCHOOL_PHASE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1 sm:col-span-3">
            <label htmlFor="library-criterion" className="font-medium">
              Accreditation criterion
            </label>
            <select
              id="library-criterion"
              name="criterion"
              defaultValue={search.criterion ?? ""}
              className={control}
            >
              <option value="">Any criterion</option>
              {criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800"
            >
              Search
            </button>
          </div>
        </form>
      </Section>
      <Section title={searched ? "Case studies that match" : "Latest case studies"}>
        {results.length === 0 ? (
          <EmptyState>
            {searched
              ? "No published case study matches. Try fewer words, or any principle and phase."
              : "No school you can see has published a case study yet."}
          </EmptyState>
        ) : (
          <>
            <ul className="flex flex-col gap-4">
              {results.map((r) => (
                <li key={r.id} className="flex flex-col gap-2 border-b border-slate-200 pb-4 last:border-0">
                  <h3 className="text-lg font-semibold">
                    <Link href={`${base}/${r.id}`} className="text-harbour-700 underline">
                      {r.title}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-700">
                    {r.own ? "Your school" : r.schoolName} · {SCHOOL_PHASE_LABELS[r.phase]} · contact{" "}
                    {r.contactName} · published {formatDate(r.publishedAt)}
                  </p>
                  <p>{r.summary}</p>
                  <PrincipleTags keys={r.principleKeys} />
                </li>
              ))}
            </ul>
            {results.length === LIBRARY_LIMIT && (
              <p className="mt-3 text-sm text-slate-700">
                Showing the best {LIBRARY_LIMIT} matches. Add words or filters to narrow them.
              </p>
            )}
          </>
        )}
      </Section>
      <Section title="Who sees your case studies">
        <p className="mb-3">
          {settings.trustName
            ? `Schools in ${settings.trustName} always see your published case studies, and you see theirs. `
            : "Your school is not in a trust. "}
          {settings.optIn
            ? "Your school shares across trusts: other schools that have joined the network across trusts see your published case studies, and you see theirs."
            : "Schools in other trusts see nothing of yours unless you join the network across trusts (and they have too)."}{" "}
          Drafts, people and everything else in Harbour stay inside your school.
        </p>
        {can(ctx.role, "network:manage") ? (
          <OptInForm optIn={settings.optIn} action={setNetworkOptIn.bind(null, schoolId)} />
        ) : (
          <p className="text-sm text-slate-700">Your senior mental health lead decides this.</p>
        )}
      </Section>
    </>
  );
}
