// What leaves a school about coverage by in-date training: per tier, the people whose required tier
// is at least the tier and those whose in-date training covers it (lib/records/rules.ts
// trainedCoverage). Pure: no database, no clock. The records page's rule (lib/records/figures.ts):
// a tier resting on fewer than k people is withheld, its counts blank. The three groups are nested
// (tier 3 people are within tier 2's, within tier 1's) and each is judged by its own criterion, so no
// shown figure minus another gives a withheld one. Pooled over schools, only shown tiers count.
import { effectiveK, isShowable } from "../suppression";
import type { Tier } from "../tiers";

export type TrainedCounts = { tier: Tier; people: number; covered: number };
export type PublishedTrained = TrainedCounts & { share: number | null; withheld: boolean };

export function publishTrained(counts: TrainedCounts[], k: number): PublishedTrained[] {
  const kk = effectiveK(k);
  return ([1, 2, 3] as Tier[]).map((tier) => {
    const c = counts.find((x) => x.tier === tier) ?? { tier, people: 0, covered: 0 };
    return isShowable(c.people, kk)
      ? { tier, people: c.people, covered: c.covered, share: c.covered / c.people, withheld: false }
      : { tier, people: 0, covered: 0, share: null, withheld: true };
  });
}

/** Pools shown tiers over schools (people, not schools' shares); withheld ones are not in it. */
export function poolTrained(pubs: PublishedTrained[][], tier: Tier) {
  let people = 0;
  let covered = 0;
  let schools = 0;
  for (const pub of pubs) {
    const c = pub.find((x) => x.tier === tier);
    if (!c || c.withheld) continue;
    people += c.people;
    covered += c.covered;
    schools += 1;
  }
  return { people, covered, schools, share: people === 0 ? null : covered / people };
}
