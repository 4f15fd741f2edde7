// What is published about other schools beside a school's own review: per principle, the mean score
// of its trust's schools and of every school on this server, from each school's latest agreed review.
// Pure: no database. The k rule is the rounds' (lib/suppression): a group of fewer than k schools is
// withheld, and a withheld group shows neither its mean nor how many schools it has.
// Linked figures: the server's mean minus the trust's gives the schools outside the trust, so when
// both would be shown and fewer than k schools lie outside, the server's figure is withheld too.
import type { PrincipleKey } from "../review/principles";
import { isShowable, MIN_GROUP_SIZE } from "../suppression";

export type BenchmarkGroup = {
  principleKey: string;
  groupKind: "trust" | "all";
  schools: number;
  mean: number;
};
export type BenchmarkFigure =
  | { shown: true; schools: number; mean: number }
  | { shown: false; reason: "no-trust" | "too-few" | "linked" };
export type PublishedBenchmark = { principleKey: PrincipleKey; trust: BenchmarkFigure; all: BenchmarkFigure };

export function publishBenchmarks(
  principleKeys: readonly PrincipleKey[],
  groups: BenchmarkGroup[],
  inTrust: boolean,
  k: number = MIN_GROUP_SIZE,
): PublishedBenchmark[] {
  const find = (key: string, kind: BenchmarkGroup["groupKind"]) =>
    groups.find((g) => g.principleKey === key && g.groupKind === kind);
  return principleKeys.map((principleKey) => {
    const t = inTrust ? find(principleKey, "trust") : undefined;
    const a = find(principleKey, "all");
    const trustN = t?.schools ?? 0;
    const allN = a?.schools ?? 0;
    const trustShown = inTrust && isShowable(trustN, k);
    const outside = allN - trustN;
    const linked = trustShown && outside > 0 && !isShowable(outside, k);
    const trust: BenchmarkFigure = !inTrust
      ? { shown: false, reason: "no-trust" }
      : trustShown
        ? { shown: true, schools: trustN, mean: t!.mean }
        : { shown: false, reason: "too-few" };
    const all: BenchmarkFigure = !isShowable(allN, k)
      ? { shown: false, reason: "too-few" }
      : linked
        ? { shown: false, reason: "linked" }
        : { shown: true, schools: allN, mean: a!.mean };
    return { principleKey, trust, all };
  });
}
