import Link from "next/link";
import type { PeoplePage } from "@/lib/gaps/pages";

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * Previous and next links for a list paged on the server, with where the reader is ("51 to 100 of
 * 1,000 people"). Plain links: they work from the keyboard and without JavaScript, and each page
 * has its own address. `href(page)` makes a page's address.
 */
export function Pager({
  page,
  noun,
  label,
  href,
}: {
  page: PeoplePage;
  noun: { one: string; many: string };
  label: string;
  href: (page: number) => string;
}) {
  const words = page.total === 1 ? noun.one : noun.many;
  const where =
    page.pages === 1
      ? `${count(page.total)} ${words}`
      : `${count(page.first)} to ${count(page.last)} of ${count(page.total)} ${words}`;
  return (
    <nav aria-label={label} className="my-3 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
      <p className="text-sm text-slate-700" aria-live="polite">
        {where}
        {page.pages > 1 && ` · page ${page.page} of ${page.pages}`}
      </p>
      {page.pages > 1 && (
        <ul className="flex gap-3">
          <li>
            {page.page > 1 ? (
              <Link href={href(page.page - 1)} className="inline-block py-2 text-harbour-700 underline">
                Previous {page.size}
              </Link>
            ) : (
              <span className="inline-block py-2 text-slate-500">Previous {page.size}</span>
            )}
          </li>
          <li>
            {page.page < page.pages ? (
              <Link href={href(page.page + 1)} className="inline-block py-2 text-harbour-700 underline">
                Next {Math.min(page.size, page.total - page.last)}
              </Link>
            ) : (
              <span className="inline-block py-2 text-slate-500">Next {page.size}</span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
