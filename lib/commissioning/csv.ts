// The commissioning tables as CSV (lib/csv): the same published figures as the page, money in
// pence at full precision; withheld figures are blank with "withheld" beside them. Pure.
import { toCsv, type CsvValue } from "../csv";
import type { Demand } from "./demand";

type Offer = {
  courseTitle: string;
  dates: string;
  startsOn: string;
  term: string;
  closesOn: string;
  pricePerPlacePence: number;
  places: number;
  placesBooked: number;
  bookings: { schoolName: string; places: number }[];
};

/** One row per course and school, then the course's trust row with the saving; then competencies. */
export function demandCsv(demand: Demand): string {
  const header = [
    "section",
    "course_or_competency",
    "code",
    "school",
    "staff_needing",
    "staff_status",
    "plan_places",
    "plan_cost_pence",
    "plan_status",
    "cost_alone_pence",
    "cost_together_pence",
    "saving_pence",
  ];
  const rows: CsvValue[][] = [];
  for (const c of demand.courses) {
    for (const s of c.schools)
      rows.push([
        "course",
        c.course.title,
        c.course.id,
        s.name,
        s.people,
        s.withheld ? "withheld" : "shown",
        s.planned.places,
        s.planned.costPence,
        s.planned.withheld ? "withheld" : "shown",
        s.aloneCostPence,
        null,
        null,
      ]);
    rows.push([
      "course",
      c.course.title,
      c.course.id,
      "Trust (schools whose figures are shown)",
      c.total,
      "shown",
      c.planned.places,
      c.planned.costPence,
      "shown",
      c.aloneCostPence,
      c.togetherCostPence,
      c.savingPence,
    ]);
  }
  for (const c of demand.competencies) {
    for (const s of c.schools)
      rows.push(["competency", c.statement, c.code, s.name, s.people, s.withheld ? "withheld" : "shown"]);
    rows.push([
      "competency",
      c.statement,
      c.code,
      "Trust (schools whose figures are shown)",
      c.total,
      "shown",
    ]);
  }
  return toCsv(
    header,
    rows.map((r) => [...r, ...Array<CsvValue>(header.length - r.length).fill(null)]),
  );
}

/** One row per offer and booking school (and one for an offer with no bookings yet). */
export function offersCsv(offers: Offer[]): string {
  const header = [
    "course",
    "dates",
    "first_session",
    "term",
    "bookings_close",
    "price_per_place_pence",
    "places",
    "places_booked",
    "school",
    "school_places",
  ];
  const rows: CsvValue[][] = offers.flatMap((o) => {
    const base: CsvValue[] = [
      o.courseTitle,
      o.dates,
      o.startsOn,
      o.term,
      o.closesOn,
      o.pricePerPlacePence,
      o.places,
      o.placesBooked,
    ];
    return o.bookings.length === 0
      ? [[...base, null, null]]
      : o.bookings.map((b) => [...base, b.schoolName, b.places]);
  });
  return toCsv(header, rows);
}
