"use client";

// The trend as a line chart (recharts). Loaded only in the browser, after the page, by
// ./trend-chart-lazy.tsx: the table beside it carries the same figures for everyone.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendRow } from "./trend-table";

// Eight lines need eight colours that stay apart for common colour-vision differences (Okabe-Ito,
// with black), and dash patterns so they differ without colour too.
const COLOURS = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#C9A800", "#0072B2", "#D55E00", "#CC79A7"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"];

type Props = { rows: TrendRow[]; series: { key: string; title: string }[]; summary: string };

export default function TrendChart({ rows, series, summary }: Props) {
  return (
    // Taller on a phone, where the legend wraps onto many lines under the plot.
    <div className="h-[34rem] w-full sm:h-[26rem]" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 3]} ticks={[0, 1, 2, 3]} width={32} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(1) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.title}
              stroke={COLOURS[i % COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
