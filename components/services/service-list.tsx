import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import type { ServiceEntry } from "@/lib/services/queries";
import { SERVICE_KIND_LABELS, SERVICE_TIER_LABELS } from "@/lib/services/schemas";

/** Directory entries as cards: every detail in words, and a flag when the details are a year old. */
export function ServiceList({
  services,
  extra,
  headingLevel = 3,
}: {
  services: ServiceEntry[];
  /** Something under each entry: the keeper's edit form, or a school's suggestion form. */
  extra?: (s: ServiceEntry) => ReactNode;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="flex flex-col gap-4">
      {services.map((s) => (
        <li key={s.id} className="rounded-md border border-slate-200 p-3">
          <H className="text-base font-semibold">{s.name}</H>
          <p className="text-sm text-slate-700">
            {SERVICE_KIND_LABELS[s.kind]}. {SERVICE_TIER_LABELS[s.tier === null ? "" : String(s.tier)]}.
          </p>
          <dl className="mt-2 grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium">Who it is for</dt>
            <dd className="whitespace-pre-line">{s.forWhom}</dd>
            <dt className="font-medium">How to refer</dt>
            <dd className="whitespace-pre-line">{s.howToRefer}</dd>
            {s.threshold && (
              <>
                <dt className="font-medium">Threshold</dt>
                <dd className="whitespace-pre-line">{s.threshold}</dd>
              </>
            )}
            {s.website && (
              <>
                <dt className="font-medium">Web address</dt>
                <dd className="break-all">
                  <a href={s.website} rel="noopener noreferrer" className="text-harbour-700 underline">
                    {s.website}
                  </a>
                </dd>
              </>
            )}
            <dt className="font-medium">Last checked</dt>
            <dd>
              {formatDate(s.lastCheckedOn)}
              {s.stale && (
                <strong className="ml-2 inline-block rounded bg-amber-100 px-2 text-amber-900">
                  Over 12 months ago: check before relying on it
                </strong>
              )}
            </dd>
          </dl>
          {extra && <div className="mt-3">{extra(s)}</div>}
        </li>
      ))}
    </ul>
  );
}
