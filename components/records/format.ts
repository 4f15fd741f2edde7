// Display helpers for records: days are stored as "YYYY-MM-DD" and shown the British way.
export function formatDayText(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

export const signed = (n: number | null) => (n === null ? "–" : `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n).toFixed(2)}`);
