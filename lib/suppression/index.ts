// Small-number suppression, as DESIGN.md fixes it. Pure: no database, no clock.

export const MIN_GROUP_SIZE = 5;

/** The threshold in force: settings may raise k above 5, never lower it. */
export function effectiveK(configured?: number | null): number {
  const k = Math.floor(configured ?? MIN_GROUP_SIZE);
  // NaN would make every "respondents < k" test false and show everything: fall back to the default.
  return Number.isNaN(k) ? MIN_GROUP_SIZE : Math.max(MIN_GROUP_SIZE, k);
}

/** Whether an aggregate resting on `respondents` people may be shown to anyone but the respondent. */
export function isShowable(respondents: number, k: number): boolean {
  return respondents >= effectiveK(k);
}
