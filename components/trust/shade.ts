// One colour scale for need rates, always shown with the number (never colour alone).
export const needShade = (rate: number | null) =>
  rate === null ? "" : rate >= 0.5 ? "bg-red-100" : rate >= 0.25 ? "bg-amber-100" : "bg-green-50";

export const NEED_KEY = "Colour: green under 25%, amber 25% to 49%, red 50% or more.";
