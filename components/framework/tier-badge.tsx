import { TIER_NAMES, type Tier } from "@/lib/tiers";

const TONES: Record<Tier, string> = {
  1: "border-slate-500 bg-white text-slate-900",
  2: "border-harbour-600 bg-harbour-50 text-slate-900",
  3: "border-harbour-800 bg-harbour-800 text-white",
};

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[tier]}`}
    >
      Tier {tier} · {TIER_NAMES[tier]}
    </span>
  );
}

export function RetiredBadge() {
  return (
    <span className="inline-block rounded-full border border-red-700 bg-red-50 px-2 py-0.5 text-xs font-medium text-red-900">
      Retired
    </span>
  );
}
