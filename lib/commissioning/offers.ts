// Trust offers as the school's planner sees them, and the term an offer's first date falls in.
// Pure: no database, no clock (today is an input, as a Europe/London date "YYYY-MM-DD").
import type { PlanCourse, Term } from "../planner/types";

/** England's school terms by month: September to December autumn, January to March spring, else summer. */
export function termOfDate(isoDate: string): Term {
  const month = Number(isoDate.slice(5, 7));
  return month >= 9 ? "autumn" : month <= 3 ? "spring" : "summer";
}

export const OFFER_PREFIX = "offer:";
export const offerCourseId = (offerId: string) => `${OFFER_PREFIX}${offerId}`;
export const offerIdOf = (plannerCourseId: string) =>
  plannerCourseId.startsWith(OFFER_PREFIX) ? plannerCourseId.slice(OFFER_PREFIX.length) : null;

export type OpenOffer = {
  id: string;
  course: Omit<PlanCourse, "id" | "places" | "term"> & { id: string };
  term: Term;
  places: number;
  placesBooked: number;
  pricePerPlacePence: number;
  /** "YYYY-MM-DD" */
  closesOn: string;
};

/** Open on `today` (closing date not passed) with a place left. */
export const isOpen = (o: Pick<OpenOffer, "closesOn" | "places" | "placesBooked">, today: string) =>
  o.closesOn >= today && o.places > o.placesBooked;

/**
 * An open offer as a course the planner may book: the course's outcomes and hours, priced per place
 * at the offer's price, in the offer's term, for at most the places left.
 */
export function offerAsCourse(o: OpenOffer): PlanCourse {
  return {
    id: offerCourseId(o.id),
    tier: o.course.tier,
    format: o.course.format,
    hoursPerParticipant: o.course.hoursPerParticipant,
    costModel: "PER_PLACE",
    costPence: o.pricePerPlacePence,
    sessionCapacity: null,
    outcomes: o.course.outcomes,
    places: o.places - o.placesBooked,
    term: o.term,
  };
}
