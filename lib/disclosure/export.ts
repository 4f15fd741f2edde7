// The shape of a CONFIDENTIAL round's response export. Pure: no database, no clock.
// Every respondent gets the same rows: one per published statement, in code order, so the number of
// rows gives nothing away. A rating is blank where the statement is outside the respondent's band's
// scope; the required tier is given only where a band is a single tier.
import { compareCodes } from "../gaps/gap";
import type { GapCompetency, Respondent } from "../gaps/types";
import type { Tier } from "../tiers";
import type { RoundPublication } from "./round";

export type ConfidentialRow = {
  respondent: number;
  requiredTier: Tier | null;
  code: string;
  rating: number | null;
};

/** `order` gives each respondent a sort key that says nothing about who they are or when they answered. */
export function confidentialExportRows(
  publication: RoundPublication,
  competencies: GapCompetency[],
  respondents: Respondent[],
  order: (respondentId: string) => string,
): ConfidentialRow[] {
  const statements = competencies
    .filter((c) => publication.published.has(c.code))
    .sort((a, b) => compareCodes(a.code, b.code));
  const shuffled = [...respondents].sort((a, b) => compareCodes(order(a.id), order(b.id)));
  return shuffled.flatMap((r, i) => {
    const band = publication.recoding.bandOf(r.requiredTier);
    const requiredTier = band.tiers.length === 1 ? band.minTier : null;
    return statements.map((c) => ({
      respondent: i + 1,
      requiredTier,
      code: c.code,
      rating: c.tier <= band.minTier ? (r.ratings[c.code] ?? null) : null,
    }));
  });
}
