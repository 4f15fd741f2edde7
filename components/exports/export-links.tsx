// Links to a page's printable view and its downloads. Plain links: a download needs no script.
const link =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 py-2 font-medium text-harbour-700 underline underline-offset-2 hover:bg-slate-50";

export type ExportLink = { href: string; label: string; download?: boolean };

export function ExportLinks({ label, links }: { label: string; links: ExportLink[] }) {
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {links.map((l) => (
          <li key={l.href}>
            <a className={link} href={l.href} {...(l.download ? { download: "" } : {})}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
