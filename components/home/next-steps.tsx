import Link from "next/link";
import type { NextStep } from "@/lib/home/next-steps";

/** Each thing to do as a sentence and one link that goes straight to where it is done. */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  if (steps.length === 0) return <p>Nothing needs doing right now.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {steps.map((s) => (
        <li key={s.key} className="rounded-md border-l-4 border-harbour-600 bg-harbour-50 p-3">
          <p>{s.text}</p>
          <Link href={s.href} className="mt-1 inline-block font-medium text-harbour-700 underline">
            {s.linkText}
          </Link>
        </li>
      ))}
    </ul>
  );
}
