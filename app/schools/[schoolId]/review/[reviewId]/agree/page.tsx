import type { Metadata } from "next";
import Link from "next/link";
import { CloseReviewButton } from "@/components/review/close-review-button";
import { ContributorsForm } from "@/components/review/contributors-form";
import { GovernorForm } from "@/components/review/governor-form";
import { RatingsForm } from "@/components/review/ratings-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { agreementView } from "@/lib/review/agreement";
import { PRINCIPLES } from "@/lib/review/principles";
import { STATEMENT_COUNT } from "@/lib/review/scores";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import {
  addReviewGovernor,
  agreeReviewPrinciple,
  closeReview,
  inviteReviewContributors,
} from "../../actions";

export const metadata: Metadata = { title: "Agree the school's ratings" };

const link = "font-medium text-harbour-700 underline underline-offset-2";

export default async function AgreePage({
  params,
}: {
  params: Promise<{ schoolId: string; reviewId: string }>;
}) {
  const { schoolId, reviewId } = await params;
  const ctx = await requireSchool(schoolId, "review:manage");
  const view = await orNotFound(agreementView(ctx, reviewId));
  const base = `/schools/${schoolId}/review/${reviewId}`;
  const agreedCount = Object.keys(view.agreed).length;
  const open = view.status === "OPEN";

  return (
    <>
      <PageHeader
        title="Agree the school's ratings"
        lead={
          <>
            The review started on {formatDate(view.startedAt)}; {view.contributorCount}{" "}
            {view.contributorCount === 1 ? "person has" : "people have"} rated so far.{" "}
            <Link className="underline" href={`/schools/${schoolId}/review`}>
              Back to the review
            </Link>
          </>
        }
      />
      {!open && (
        <Alert tone="info">
          This review was agreed on {formatDate(view.agreedAt!)} and is now read-only.
        </Alert>
      )}
      {open && (
        <>
          <Section title="Who contributes">
            <ContributorsForm
              reviewId={reviewId}
              allStaff={view.allStaff}
              staff={view.staff}
              action={inviteReviewContributors.bind(null, schoolId)}
            />
          </Section>
          <Section title="Governors">
            {view.governors.length > 0 && (
              <ul className="mb-4 flex flex-col gap-1">
                {view.governors.map((g) => (
                  <li key={g.contributorId}>
                    <Link className={link} href={`${base}/contribute?governor=${g.contributorId}`}>
                      Enter {g.name}&apos;s ratings
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <GovernorForm reviewId={reviewId} action={addReviewGovernor.bind(null, schoolId)} />
          </Section>
          <Section title="Your own ratings">
            <Link className={link} href={`${base}/contribute`}>
              Add or change your own ratings
            </Link>
          </Section>
          {PRINCIPLES.map((p) => (
            <Section key={p.key} title={p.title}>
              <RatingsForm
                mode="agree"
                reviewId={reviewId}
                principle={p}
                defaults={view.agreed}
                contributions={view.contributions}
                action={agreeReviewPrinciple.bind(null, schoolId)}
              />
            </Section>
          ))}
          <Section title="Close the review">
            <p className="mb-3">
              {agreedCount} of {STATEMENT_COUNT} statements have the school&apos;s rating. Once every one has,
              close the review: it becomes read-only, and its scores join the trend and the benchmarks.
            </p>
            <CloseReviewButton reviewId={reviewId} action={closeReview.bind(null, schoolId)} />
          </Section>
        </>
      )}
    </>
  );
}
