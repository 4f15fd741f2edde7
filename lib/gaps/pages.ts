// Paging the gap report's per-person list. Pure.

/** People per page of the per-person list: the whole list at 1,000 staff was most of a 929 KiB page. */
export const PEOPLE_PAGE_SIZE = 50;
export type PeoplePage = {
  page: number;
  pages: number;
  size: number;
  total: number;
  /** 1-based positions of the page's first and last person (0 and 0 when no one submitted). */
  first: number;
  last: number;
};

/** The page asked for, kept within 1..pages (a page past the end shows the last one). */
export function peoplePageOf(total: number, asked: number, size = PEOPLE_PAGE_SIZE): PeoplePage {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pages, Math.max(1, Number.isFinite(asked) ? Math.floor(asked) : 1));
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  return { page, pages, size, total, first, last: Math.min(total, page * size) };
}
