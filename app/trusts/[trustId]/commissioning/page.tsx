import type { Metadata } from "next";
import Link from "next/link";
import { CompetencyDemandTable, CourseDemandList } from "@/components/commissioning/demand-tables";
import { OfferForm } from "@/components/commissioning/offer-form";
import { OfferChanges } from "@/components/commissioning/offer-changes";
import { OffersTable } from "@/components/commissioning/offers-table";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { listCourses } from "@/lib/catalogue/queries";
import { trustDemand, trustOffers } from "@/lib/commissioning/queries";
import { formatMoney } from "@/lib/format";
import { requireTrust } from "@/lib/tenancy/guard";
import { changeTrustOffer, publishTrustOffer, withdrawTrustOffer } from "./actions";

export const metadata: Metadata = { title: "Commissioning" };

const csv = (trustId: string, table: string, label: string) => (
  <a href={`/trusts/${trustId}/commissioning/export?table=${table}`} className="text-harbour-700 underline">
    {label}
  </a>
);

/** Training bought together: pooled demand, what plans already buy, savings, offers and bookings. */
export default async function CommissioningPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:commission");
  const [demand, offers, courses] = await Promise.all([trustDemand(ctx), trustOffers(ctx), listCourses(ctx)]);
  const saving = demand.courses.reduce((n, c) => n + Math.max(0, c.savingPence), 0);
  return (
    <>
      <PageHeader
        title="Commissioning"
        lead="What your schools' staff need, what their plans already buy, and what booking together would save. Figures resting on fewer than 5 people are withheld, and no one is named."
        actions={demand.courses.length > 0 ? csv(trustId, "demand", "Download the demand (CSV)") : undefined}
      />
      <Section title="Courses to book together">
        {demand.schoolsWithFigures === 0 ? (
          <EmptyState>
            No school has a closed round with figures yet. Demand appears here once a school&apos;s round
            closes.{" "}
            <Link href={`/trusts/${trustId}`} className="text-harbour-700 underline">
              Back to the overview
            </Link>
          </EmptyState>
        ) : demand.courses.length === 0 ? (
          <EmptyState>No course in the catalogue addresses a need the schools&apos; figures show.</EmptyState>
        ) : (
          <>
            <p className="mb-3 text-slate-700">
              From {demand.schoolsWithFigures} {demand.schoolsWithFigures === 1 ? "school" : "schools"}&apos;
              latest closed rounds
              {saving > 0 ? (
                <>
                  : trust bookings of the courses below would save up to{" "}
                  <strong>{formatMoney(saving)}</strong> against each school booking alone
                </>
              ) : null}
              . A course&apos;s staff count is the most staff needing any one competency it covers.
              {demand.schoolsWithout.length > 0 &&
                ` No figures yet from ${demand.schoolsWithout.join(", ")}.`}
            </p>
            <CourseDemandList demand={demand} />
          </>
        )}
      </Section>
      {demand.competencies.length > 0 && (
        <Section title="Needs by competency">
          <CompetencyDemandTable demand={demand} />
        </Section>
      )}
      <Section title="Offers and bookings">
        {offers.length === 0 ? (
          <EmptyState>
            No offers yet. Publish one below: your schools see it in their catalogue and their plans can book
            places on it.
          </EmptyState>
        ) : (
          <>
            <p className="mb-3">{csv(trustId, "offers", "Download the offers and bookings (CSV)")}</p>
            <OffersTable offers={offers} showBookings />
            <div className="mt-4 flex flex-col gap-3">
              {offers
                .filter((o) => !o.withdrawnOn)
                .map((o) => (
                  <OfferChanges
                    key={o.id}
                    offer={o}
                    change={changeTrustOffer.bind(null, trustId)}
                    withdraw={withdrawTrustOffer.bind(null, trustId)}
                  />
                ))}
            </div>
          </>
        )}
      </Section>
      <Section title="Publish an offer">
        <OfferForm
          action={publishTrustOffer.bind(null, trustId)}
          courses={courses.map((c) => ({ id: c.id, label: `${c.title} (${c.provider})` }))}
        />
      </Section>
    </>
  );
}
