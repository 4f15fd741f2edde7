import type { Metadata } from "next";
import { ServiceList } from "@/components/services/service-list";
import { SuggestionForm } from "@/components/services/suggestion-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { schoolDirectory } from "@/lib/services/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { suggestServiceCorrection } from "./actions";

export const metadata: Metadata = { title: "Local services directory" };

const STATUS = { OPEN: "Waiting", ACCEPTED: "Accepted", DISMISSED: "Dismissed" } as const;

/** The local services and training providers the school's local authority and trust list. */
export default async function SchoolDirectoryPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "services:view");
  const { keepers, suggestions } = await schoolDirectory(ctx);
  const suggest = can(ctx.role, "services:suggest") ? suggestServiceCorrection.bind(null, schoolId) : null;
  return (
    <>
      <PageHeader
        title="Local services directory"
        lead="Mental health services, referral routes and training near you, as your local authority and trust keep them. Spotted something out of date? Suggest a correction."
      />
      {keepers.length === 0 && (
        <EmptyState>
          Neither your local authority nor a trust keeps a directory in Harbour for {ctx.schoolName} yet.
        </EmptyState>
      )}
      {keepers.map((k) => (
        <Section key={k.id} title={`Listed by ${k.name}`}>
          {k.services.length === 0 ? (
            <p className="text-slate-700">{k.name} has not listed any services yet.</p>
          ) : (
            <ServiceList
              services={k.services}
              extra={
                suggest
                  ? (s) => (
                      <details>
                        <summary className="cursor-pointer font-medium text-harbour-700">
                          Suggest a correction <span className="sr-only">to {s.name}</span>
                        </summary>
                        <div className="mt-3">
                          <SuggestionForm action={suggest} serviceId={s.id} serviceName={s.name} />
                        </div>
                      </details>
                    )
                  : undefined
              }
            />
          )}
        </Section>
      ))}
      {suggestions.length > 0 && (
        <Section title="Your school's suggestions">
          <ul className="flex flex-col gap-2">
            {suggestions.map((s) => (
              <li key={s.id}>
                <span className="font-medium">{s.service.name}</span>, {formatDate(s.createdAt)}:{" "}
                {STATUS[s.status]}. <span className="text-slate-700">{s.text}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
