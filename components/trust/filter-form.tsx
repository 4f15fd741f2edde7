import type { ReactNode } from "react";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import type { OverviewQuery } from "@/lib/trust/overview";

const select = "min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2";

/** Phase and group of schools, as a plain GET form: works without JavaScript, keeps the sort. */
export function FilterForm({
  query,
  groups,
  keepSort,
  children,
}: {
  query: OverviewQuery;
  groups: { id: string; name: string }[];
  keepSort: boolean;
  /** Links beside the button, such as the CSV of what is shown. */
  children?: ReactNode;
}) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 print:hidden">
      {keepSort && (
        <>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
        </>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-phase" className="font-medium">
          Phase
        </label>
        <select id="filter-phase" name="phase" defaultValue={query.phase ?? ""} className={select}>
          <option value="">All phases</option>
          {Object.entries(SCHOOL_PHASE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {groups.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-group" className="font-medium">
            Group of schools
          </label>
          <select id="filter-group" name="group" defaultValue={query.group ?? ""} className={select}>
            <option value="">All schools</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        className="min-h-11 rounded-md border border-harbour-700 px-4 py-2 font-medium text-harbour-700"
      >
        Show
      </button>
      {children}
    </form>
  );
}

/** The filter's part of an address, for links and downloads that keep it. */
export function filterParams(query: OverviewQuery, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  if (query.phase) params.set("phase", query.phase);
  if (query.group) params.set("group", query.group);
  return params;
}
