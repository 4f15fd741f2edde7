"use client";

import dynamic from "next/dynamic";

// Client-only and in its own chunk: the chart library loads after the page, which works without it.
export const NeedTrendChartLazy = dynamic(() => import("./need-trend-chart"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the chart…</p>,
});
