// The whole-school review's principles by school: each school's latest agreed score per principle
// (0 Not started .. 3 Embedded, the mean of its statements' agreed levels), and the trust's mean over
// the schools that have one. Pure: no database, no clock. An agreed review is the school's own
// judgement, recorded by its lead: it counts no one's answers, so no small-number rule withholds it;
// individuals' contributions are never read (trust_school_facts() returns ReviewBenchmark's scores).
import { PRINCIPLES } from "../review/principles";
import type { SchoolFact } from "./overview";

export type ReviewHeatmap = {
  principles: { key: string; title: string }[];
  schools: { id: string; name: string; reviewedOn: string | null; scores: (number | null)[] }[];
  trust: { mean: number | null; schools: number }[];
};

export function buildReviewHeatmap(schools: SchoolFact[]): ReviewHeatmap {
  const principles = PRINCIPLES.map((p) => ({ key: p.key, title: p.title }));
  const rows = schools.map((s) => ({
    id: s.id,
    name: s.name,
    reviewedOn: s.status.review ? s.status.review.reviewedAt.slice(0, 10) : null,
    scores: principles.map((p) => s.status.review?.scores[p.key] ?? null),
  }));
  return {
    principles,
    schools: rows,
    trust: principles.map((_, i) => {
      const values = rows.flatMap((r) => (r.scores[i] === null ? [] : [r.scores[i]!]));
      return {
        mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
        schools: values.length,
      };
    }),
  };
}
