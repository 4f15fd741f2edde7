import Link from "next/link";

/**
 * Beside a school's gaps, plans and action plan: where its local authority's (and trust's) directory
 * of local services and training providers is.
 */
export function ServicesPanel({
  schoolId,
  count,
  keepers,
}: {
  schoolId: string;
  count: number;
  keepers: string[];
}) {
  return (
    <section
      aria-labelledby="services-panel-title"
      className="mb-6 rounded-lg border border-harbour-600 bg-harbour-50 p-4 print:hidden"
    >
      <h2 id="services-panel-title" className="font-semibold">
        Local services and training
      </h2>
      <p className="text-sm text-slate-800">
        {keepers.length === 0
          ? "Your local authority and trust have no directory in Harbour yet."
          : count === 0
            ? `${keepers.join(" and ")} ${keepers.length === 1 ? "has" : "have"} not listed any services yet.`
            : `${count} ${count === 1 ? "service" : "services"} listed by ${keepers.join(" and ")}: mental health support teams, referral routes, charities and training.`}{" "}
        <Link href={`/schools/${schoolId}/services`} className="text-harbour-700 underline">
          See the local services directory
        </Link>
      </p>
    </section>
  );
}
