import { PRINCIPLES } from "@/lib/review/principles";

const TITLES = new Map<string, string>(PRINCIPLES.map((p) => [p.key, p.title]));

/** The principles a case study shows, as words. */
export function PrincipleTags({ keys }: { keys: string[] }) {
  if (keys.length === 0) return null;
  return (
    <ul aria-label="Principles" className="flex flex-wrap gap-2">
      {keys.map((k) => (
        <li key={k} className="rounded-full bg-harbour-50 px-3 py-1 text-sm text-slate-800">
          {TITLES.get(k) ?? k}
        </li>
      ))}
    </ul>
  );
}
