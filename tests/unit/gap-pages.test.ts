import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PEOPLE_PAGE_SIZE, peoplePageOf } from "@/lib/gaps/pages";

describe("paging the gap report's people", () => {
  it("says where a page sits", () => {
    expect(peoplePageOf(0, 1)).toEqual({
      page: 1,
      pages: 1,
      size: PEOPLE_PAGE_SIZE,
      total: 0,
      first: 0,
      last: 0,
    });
    expect(peoplePageOf(1000, 2)).toMatchObject({ page: 2, pages: 20, first: 51, last: 100 });
    expect(peoplePageOf(1007, 21)).toMatchObject({ page: 21, pages: 21, first: 1001, last: 1007 });
    expect(peoplePageOf(120, 99)).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(peoplePageOf(120, -4).page).toBe(1);
    expect(peoplePageOf(120, Number.NaN).page).toBe(1);
    expect(peoplePageOf(120, 2.7).page).toBe(2);
  });

  it("the pages cover everyone exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 200 }), (total, size) => {
        const { pages } = peoplePageOf(total, 1, size);
        let next = 1;
        for (let p = 1; p <= pages; p++) {
          const page = peoplePageOf(total, p, size);
          if (total === 0) return page.first === 0 && page.last === 0;
          if (page.first !== next || page.last - page.first + 1 > size) return false;
          next = page.last + 1;
        }
        return next === total + 1;
      }),
    );
  });
});
