"use client";

// The trust's need rate by domain as bars (recharts). Loaded only in the browser by
// ./need-bar-chart-lazy.tsx; the table beside it carries the same figures for everyone.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type NeedBar = { label: string; rate: number | null };

export default function NeedBarChart({ rows, summary }: { rows: NeedBar[]; summary: string }) {
  return (
    <div className="w-full" style={{ height: `${3 + rows.length * 2.5}rem` }} role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
          <Bar dataKey="rate" fill="#0072B2" isAnimationActive={false}>
            <LabelList
              dataKey="rate"
              position="right"
              formatter={(v) => (typeof v === "number" ? `${v}%` : "")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
