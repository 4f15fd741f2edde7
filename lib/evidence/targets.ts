// What evidence can be tagged to, as one small vocabulary shared by forms, URLs and the store.
// Pure: names of actions come from the plan (the store adds them).
import { LEAD_AREAS } from "../lead-development/areas";
import { PRINCIPLES } from "../review/principles";

export type EvidenceTarget =
  | { kind: "principle"; key: string }
  | { kind: "lead-area"; key: string }
  | { kind: "action"; key: string }
  /** An accreditation criterion of one scheme version, by its id. */
  | { kind: "criterion"; key: string };

export const TARGET_KIND_WORDS: Record<EvidenceTarget["kind"], string> = {
  principle: "Principle",
  "lead-area": "Your learning area",
  action: "Action",
  criterion: "Accreditation criterion",
};

const KEY = /^[A-Za-z0-9._-]{1,80}$/;

/** "principle:leadership" and the like; null for anything else (including unknown keys). */
export function parseTarget(text: string | undefined | null): EvidenceTarget | null {
  if (!text) return null;
  const at = text.indexOf(":");
  const kind = text.slice(0, at);
  const key = text.slice(at + 1);
  if (at < 0 || !KEY.test(key)) return null;
  if (kind === "principle") return PRINCIPLES.some((p) => p.key === key) ? { kind, key } : null;
  if (kind === "lead-area") return LEAD_AREAS.some((a) => a.key === key) ? { kind, key } : null;
  if (kind === "action" || kind === "criterion") return { kind, key };
  return null;
}

export const targetText = (t: EvidenceTarget) => `${t.kind}:${t.key}`;

/** The words for a principle or learning area; actions and criteria are named from the database. */
export function fixedTargetTitle(t: EvidenceTarget): string | null {
  if (t.kind === "principle") return PRINCIPLES.find((p) => p.key === t.key)?.title ?? null;
  if (t.kind === "lead-area") return LEAD_AREAS.find((a) => a.key === t.key)?.title ?? null;
  return null;
}
