// Plain rows for the pages (client components take no Maps): one per strand, one per criterion,
// with the school's rating, the peer's, and the measure shown beside it.
import type { Rating } from "./rules";
import { strandProgress, type StrandProgress } from "./rules";
import type { MeasureValue, SubmissionView } from "./store";

export type EvidenceLink = { id: string; title: string; href: string | null };

export type CriterionRow = {
  id: string;
  key: string;
  text: string;
  guidance: string;
  measure: MeasureValue | null;
  self: { rating: Rating; narrative: string } | null;
  peer: { rating: Rating; comment: string } | null;
  evidence: EvidenceLink[];
};
export type StrandRow = { position: number; title: string; summary: string; criteria: CriterionRow[] };

/**
 * `measures` are the live values (the school's own page) or the snapshot taken at submission (what
 * the reviewer and the trust see); keyed by measure name for live values, by criterion key for the snapshot.
 */
export function rowsOf(
  view: SubmissionView,
  opts: { live?: Record<string, MeasureValue>; evidence?: Map<string, EvidenceLink[]> } = {},
): StrandRow[] {
  return view.scheme.strands.map((st) => ({
    position: st.position,
    title: st.title,
    summary: st.summary,
    criteria: st.criteria.map((c) => ({
      id: c.id,
      key: c.key,
      text: c.text,
      guidance: c.guidance,
      measure: c.measure ? ((opts.live ? opts.live[c.measure] : view.measures?.[c.key]) ?? null) : null,
      self: view.self.get(c.id) ?? null,
      peer: view.peer.get(c.id) ?? null,
      evidence: opts.evidence?.get(c.id) ?? [],
    })),
  }));
}

export function progressOf(view: SubmissionView): StrandProgress[] {
  const refs = view.scheme.strands.flatMap((st) =>
    st.criteria.map((c) => ({ id: c.id, key: c.key, strand: st.position })),
  );
  const self = new Map([...view.self].map(([id, r]) => [id, r.rating]));
  const peer = view.peer.size > 0 ? new Map([...view.peer].map(([id, r]) => [id, r.rating])) : null;
  return strandProgress(refs, self, peer);
}
