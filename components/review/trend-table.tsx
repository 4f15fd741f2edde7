import { ScrollTable } from "@/components/gaps/scroll-table";
import { formatDate } from "@/lib/format";
import { PRINCIPLES } from "@/lib/review/principles";
import { scoreWords, type TrendPoint } from "@/lib/review/scores";
import { TrendChartLazy } from "./trend-chart-lazy";

export type TrendRow = { label: string } & Record<string, number | string | null>;

/** The trend per principle across agreed reviews: a chart, and the table that is its accessible version. */
export function Trend({ points }: { points: TrendPoint[] }) {
  const rows: TrendRow[] = points.map((p) => ({
    label: formatDate(p.agreedAt),
    ...Object.fromEntries(PRINCIPLES.map((pr) => [pr.key, p[pr.key] ?? null])),
  }));
  const series = PRINCIPLES.map((p) => ({ key: p.key, title: p.title }));
  const last = points.at(-1);
  const summary =
    `Line chart of each principle's score across ${points.length} agreed ${points.length === 1 ? "review" : "reviews"}` +
    (last
      ? `. In the latest: ${PRINCIPLES.map((p) => `${p.title} ${last[p.key]?.toFixed(1) ?? "not scored"}`).join("; ")}.`
      : ".");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure className="flex flex-col gap-2">
        <TrendChartLazy rows={rows} series={series} summary={summary} />
        <figcaption className="text-sm text-slate-700">
          Each principle&apos;s score from 0 Not started to 3 Embedded, review by review. The table gives the
          same figures.
        </figcaption>
      </figure>
      <ScrollTable label="Principle scores by review">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Each principle&apos;s score in each agreed review</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">
                Principle
              </th>
              {rows.map((r, i) => (
                <th key={i} scope="col" className="p-2 whitespace-nowrap">
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRINCIPLES.map((p) => (
              <tr key={p.key} className="border-t border-slate-200">
                <th scope="row" className="p-2 font-medium">
                  {p.title}
                </th>
                {points.map((pt, i) => {
                  const v = pt[p.key];
                  return (
                    <td key={i} className="p-2 whitespace-nowrap">
                      {v === undefined ? "–" : `${v.toFixed(1)} ${scoreWords(v)}`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
