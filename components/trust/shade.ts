// One colour scale for need rates, always shown with the number (never colour alone).
export const needShade = (rate: number | null) =>
  rate === null ? "" : rate >= 0.5 ? "bg-red-100" : rate >= 0.25 ? "bg-amber-100" : "bg-green-50";

export const NEED_KEY = "Colour: green under 25%, amber 25% to 49%, red 50% or more.";

// Review scores (0 Not started .. 3 Embedded), always with the number and its words.
export const reviewShade = (score: number | null) =>
  score === null ? "" : score >= 2.5 ? "bg-green-50" : score >= 1.5 ? "bg-amber-50" : "bg-red-100";

export const REVIEW_KEY = "Colour: red under 1.5, amber 1.5 to 2.4, green 2.5 or more (of 3).";
