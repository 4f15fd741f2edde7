import type { Metadata } from "next";
import Link from "next/link";
import { RatingsForm } from "@/components/review/ratings-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { PRINCIPLES, REVIEW_LEVELS } from "@/lib/review/principles";
import { getContribution } from "@/lib/review/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import { saveReviewRatings } from "../../actions";

export const metadata: Metadata = { title: "Your ratings" };

type Props = {
  params: Promise<{ schoolId: string; reviewId: string }>;
  searchParams: Promise<{ governor?: string }>;
};

export default async function ContributePage({ params, searchParams }: Props) {
  const { schoolId, reviewId } = await params;
  const { governor } = await searchParams;
  const ctx = await requireSchool(schoolId, "review:contribute");
  const mine = await orNotFound(
    getContribution(ctx, reviewId, typeof governor === "string" ? governor : undefined),
  );
  const defaults = Object.fromEntries(mine.ratings.map((r) => [r.statementKey, r]));
  const whose = mine.governor ? `${mine.governor.name}'s ratings (governor)` : "Your ratings";
  const action = saveReviewRatings.bind(null, schoolId);

  return (
    <>
      <PageHeader
        title={whose}
        lead={
          <>
            The review started on {formatDate(mine.startedAt)}. Rate each statement from 0 Not started to 3
            Embedded, with what you have seen.{" "}
            {mine.governor
              ? "You are entering the governor's ratings for them."
              : "Only you and the senior mental health lead see your ratings."}{" "}
            <Link className="underline" href={`/schools/${schoolId}/review`}>
              Back to the review
            </Link>
          </>
        }
      />
      {mine.status === "AGREED" ? (
        <>
          <Alert tone="info">This review has been agreed and is now read-only.</Alert>
          <Section title="What you rated">
            <ul className="flex flex-col gap-2">
              {PRINCIPLES.flatMap((p) => p.statements).map((s) => (
                <li key={s.key}>
                  <span className="font-medium">
                    {defaults[s.key]
                      ? `${defaults[s.key]!.level} ${REVIEW_LEVELS[defaults[s.key]!.level]}`
                      : "Not rated"}
                  </span>
                  : {s.text}
                </li>
              ))}
            </ul>
          </Section>
        </>
      ) : (
        PRINCIPLES.map((p) => (
          <Section key={p.key} title={p.title}>
            <p className="mb-4 text-slate-700">{p.summary}</p>
            <RatingsForm
              mode="contribute"
              reviewId={reviewId}
              principle={p}
              contributorId={mine.governor?.contributorId}
              defaults={defaults}
              action={action}
            />
          </Section>
        ))
      )}
    </>
  );
}
