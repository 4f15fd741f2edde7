// Rounding for display only; stored figures and exports keep full precision (DESIGN.md).

/** Rounds half away from zero at `dp` decimal places, without binary surprises (1.005 -> 1.01). */
export function roundTo(value: number, dp = 0): number {
  if (!Number.isFinite(value)) return value;
  // Shift the decimal point in the text form, so 1.005 is not first turned into 1.00499999...
  const [mantissa, exponent] = Math.abs(value).toExponential().split("e");
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + dp}`));
  const shifted = Number(`${scaled}e-${dp}`);
  const magnitude = Number.isFinite(shifted) ? shifted : Math.round(Math.abs(value) * 10 ** dp) / 10 ** dp;
  return value < 0 ? -magnitude : magnitude;
}

/** A share 0..1 as a percentage, e.g. 0.6667 -> "67%"; null (no data or withheld) -> the dash. */
export function formatPercent(share: number | null | undefined, dp = 0, empty = "–"): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return empty;
  return `${roundTo(share * 100, dp).toFixed(dp)}%`;
}

/** A number to `dp` places for display, e.g. a mean gap 1.3333 -> "1.3"; null -> the dash. */
export function formatNumber(value: number | null | undefined, dp = 1, empty = "–"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  return roundTo(value, dp).toFixed(dp);
}
