"use client";

// The trust's need rate by domain across terms (recharts). Loaded only in the browser by
// ./need-trend-chart-lazy.tsx; the table beside it carries the same figures for everyone.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#C9A800", "#0072B2", "#D55E00", "#CC79A7"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"];

export type NeedTrendRow = { label: string } & Record<string, number | string | null>;
type Props = { rows: NeedTrendRow[]; series: { key: string; title: string }[]; summary: string };

export default function NeedTrendChart({ rows, series, summary }: Props) {
  return (
    <div className="h-[30rem] w-full sm:h-[22rem]" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} />
          <YAxis domain={[0, 100]} unit="%" width={48} />
          <Tooltip formatter={(v) => (typeof v === "number" ? `${v}%` : String(v))} />
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
