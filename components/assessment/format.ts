export const MODE_LABELS = { NAMED: "Named", CONFIDENTIAL: "Confidential" } as const;

/** A one-decimal figure for display ("2.5"); exports keep full precision elsewhere. */
export const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
