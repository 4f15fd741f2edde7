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

export type Part = { key: string; respondents: number };

/**
 * The keys of the parts to withhold when the parts are shown beside their total: every part under
 * k, and, when exactly one part is withheld, the next smallest too, so that none can be recovered
 * by subtracting the shown parts from the total. Ties go to the first key in sort order, so the
 * result is deterministic.
 */
export function withheldParts(parts: Part[], k: number): Set<string> {
  const kk = effectiveK(k);
  const withheld = new Set(parts.filter((p) => p.respondents < kk).map((p) => p.key));
  if (withheld.size === 1) {
    const next = parts
      .filter((p) => !withheld.has(p.key))
      .sort((a, b) => a.respondents - b.respondents || a.key.localeCompare(b.key))[0];
    if (next) withheld.add(next.key);
  }
  return withheld;
}
