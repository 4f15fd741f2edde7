// Display helpers for records beyond lib/format: a signed change between two figures.
export const signed = (n: number | null) =>
  n === null ? "–" : `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n).toFixed(2)}`;
