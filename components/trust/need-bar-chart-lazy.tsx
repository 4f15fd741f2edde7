"use client";

import dynamic from "next/dynamic";

// Client-only and in its own chunk: the chart library loads after the page, which works without it.
export const NeedBarChartLazy = dynamic(() => import("./need-bar-chart"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700">Loading the chart…</p>,
});
