// A governors' document on screen and on paper: the same blocks as the PDF. Printed, each principle
// starts a new page, there is no navigation, and everything is black on white (RAG is in words).
import type { GovernorDoc } from "@/lib/exports/document";

export function GovernorDocView({ doc }: { doc: GovernorDoc }) {
  return (
    <article className="text-slate-900 print:text-black">
      <h1 className="text-2xl font-semibold">{doc.title}</h1>
      {doc.lead.map((l) => (
        <p key={l} className="mt-1 text-slate-700 print:text-black">
          {l}
        </p>
      ))}
      {doc.empty && <p className="mt-4">{doc.empty}</p>}
      {doc.sections.map((s, i) => (
        <section
          key={s.heading}
          aria-labelledby={`doc-section-${i}`}
          className={`mt-8 ${i > 0 ? "print:break-before-page" : ""}`}
        >
          <h2 id={`doc-section-${i}`} className="border-b border-slate-400 pb-1 text-xl font-semibold">
            {s.heading}
          </h2>
          {s.lead && <p className="mt-2">{s.lead}</p>}
          {s.groups.map((g) => (
            <div key={g.heading} className="mt-4">
              <h3 className="text-lg font-semibold">{g.heading}</h3>
              {g.items.length === 0 && g.empty && <p className="mt-1">{g.empty}</p>}
              <ul className="mt-2 flex flex-col gap-3">
                {g.items.map((it, j) => (
                  <li key={`${it.heading}-${j}`} className="break-inside-avoid">
                    <h4 className="font-semibold">{it.heading}</h4>
                    <dl className="grid gap-x-4 text-sm sm:grid-cols-[max-content_1fr]">
                      {it.fields.map((f) => (
                        <div key={f.label} className="contents">
                          <dt className="font-semibold">{f.label}</dt>
                          <dd className="mb-1 sm:mb-0">{f.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
