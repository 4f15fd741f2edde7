import Link from "next/link";

/** A plain GET form: the search is in the address, so it survives a reload and works without script. */
export function PeopleSearch({ action, search }: { action: string; search: string }) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="Members"
      className="mb-4 flex flex-wrap items-end gap-2"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="people-search" className="font-medium">
          Search by name or email
        </label>
        <input
          id="people-search"
          name="q"
          type="search"
          defaultValue={search}
          maxLength={100}
          className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800"
      >
        Search
      </button>
      {search && (
        <Link href={action} className="inline-flex min-h-11 items-center px-2 text-harbour-700 underline">
          Show everyone
        </Link>
      )}
    </form>
  );
}

export function PeoplePager({
  base,
  search,
  page,
  pages,
}: {
  base: string;
  search: string;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (search) params.set("q", search);
    if (p > 1) params.set("page", String(p));
    const qs = params.toString();
    return qs ? `${base}?${qs}` : base;
  };
  const link =
    "inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100";
  return (
    <nav aria-label="Pages of members" className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link}>
          Previous<span className="sr-only"> page of members</span>
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link}>
          Next<span className="sr-only"> page of members</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
