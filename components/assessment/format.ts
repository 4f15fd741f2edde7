// Dates the way staff in England read them, whatever the server's or the device's own zone.
const ZONE = "Europe/London";

/** "Friday 5 December 2026" */
export const longDay = (at: Date | string) =>
  new Date(at).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: ZONE,
  });

export const MODE_LABELS = { NAMED: "Named", CONFIDENTIAL: "Confidential" } as const;

/** A one-decimal figure for display ("2.5"); exports keep full precision elsewhere. */
export const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
