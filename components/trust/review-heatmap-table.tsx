import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { formatScore } from "@/lib/review/scores";
import type { ReviewHeatmap } from "@/lib/trust/review-heatmap";
import { reviewShade } from "./shade";

const text = (score: number | null) => (score === null ? "No agreed review" : formatScore(score));

/**
 * Each school's latest agreed review by principle: the score and its words in every cell, with a
 * colour behind it. A card per school on a phone, so no figure hides off the side of the screen.
 */
export function ReviewHeatmapTable({ review }: { review: ReviewHeatmap }) {
  const { principles, schools, trust } = review;
  return (
    <>
      <div className="hidden md:block">
        <ScrollTable label="Review scores by school and principle">
          <table className="w-full text-sm">
            <caption className="sr-only">
              Whole-school review: each school&apos;s latest agreed score by principle, out of 3
            </caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                <th scope="col" className={th}>
                  School
                </th>
                {principles.map((p) => (
                  <th key={p.key} scope="col" className={`${th} text-right`}>
                    {p.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schools.map((s) => (
                <tr key={s.id} className="border-b border-slate-200">
                  <th scope="row" className={th}>
                    {s.name}
                    <span className="block font-normal text-slate-600">
                      {s.reviewedOn ? `Agreed ${s.reviewedOn}` : "No agreed review yet"}
                    </span>
                  </th>
                  {s.scores.map((score, i) => (
                    <td key={principles[i]!.key} className={`${td} ${reviewShade(score)}`}>
                      {text(score)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400">
                <th scope="row" className={th}>
                  Trust, mean of schools
                </th>
                {trust.map((t, i) => (
                  <td key={principles[i]!.key} className={`${td} ${reviewShade(t.mean)}`}>
                    {t.mean === null ? "–" : formatScore(t.mean)}
                    <span className="block text-xs text-slate-700">{t.schools} schools</span>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      </div>
      <div className="flex flex-col gap-4 md:hidden">
        {schools.map((s) => (
          <section key={s.id} aria-label={`${s.name}: review`}>
            <h3 className="font-medium">{s.name}</h3>
            <p className="text-sm text-slate-600">
              {s.reviewedOn ? `Agreed ${s.reviewedOn}` : "No agreed review yet"}
            </p>
            <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
              {s.scores.map((score, i) => (
                <div key={principles[i]!.key} className="contents">
                  <dt className="py-1">{principles[i]!.title}</dt>
                  <dd className={`px-2 py-1 text-right ${reviewShade(score)}`}>{text(score)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
