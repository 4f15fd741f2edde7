import Link from "next/link";
import type { EvidenceListItem } from "@/lib/evidence/queries";
import { EvidenceSummary } from "./evidence-item";

const link = "font-medium text-harbour-700 underline underline-offset-2";

/**
 * "Evidence for this": the items tagged to one target (load them with `evidenceFor` from
 * lib/evidence/queries). Small, for any page: a principle, an action, a criterion.
 */
export function EvidencePanel({
  schoolId,
  target,
  title,
  items,
  headingLevel = 3,
}: {
  schoolId: string;
  /** "principle:ethos", "action:<key>": the library opens filtered to it. */
  target: string;
  title: string;
  items: EvidenceListItem[];
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const href = `/schools/${schoolId}/evidence?tag=${encodeURIComponent(target)}`;
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-3" data-evidence-for={target}>
      <Heading className="text-sm font-semibold">Evidence for {title}</Heading>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">None yet.</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.id}>
              <EvidenceSummary schoolId={schoolId} item={item} titleAs="p" />
            </li>
          ))}
        </ul>
      )}
      <Link className={`${link} text-sm`} href={href}>
        Open in the evidence library<span className="sr-only">: {title}</span>
      </Link>
    </div>
  );
}
