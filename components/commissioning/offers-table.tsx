import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { formatDate, formatMoney } from "@/lib/format";
import type { OfferView } from "@/lib/commissioning/queries";

const TERM_WORDS = { autumn: "Autumn", spring: "Spring", summer: "Summer" } as const;

/** Offers with bookings against places; per school, counts only (a booking names no one). */
export function OffersTable({ offers, showBookings }: { offers: OfferView[]; showBookings: boolean }) {
  return (
    <ScrollTable label="Trust offers">
      <table className="w-full text-sm">
        <caption className="sr-only">Trust offers: course, dates, price per place and places booked</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className={th}>
              Course
            </th>
            <th scope="col" className={th}>
              When
            </th>
            <th scope="col" className={`${th} text-right`}>
              Price per place
            </th>
            <th scope="col" className={`${th} text-right`}>
              {showBookings ? "Booked of places" : "Places left"}
            </th>
            <th scope="col" className={th}>
              {showBookings ? "Bookings by school" : "Your school's bookings"}
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.id} className="border-b border-slate-200 align-top">
              <th scope="row" className={th}>
                {o.courseTitle}
                <span className="block font-normal text-slate-600">{o.provider}</span>
              </th>
              <td className="py-2 pr-3">
                {o.dates}
                <span className="block text-slate-600">
                  {TERM_WORDS[o.term]} term ·{" "}
                  {o.withdrawnOn
                    ? `withdrawn on ${formatDate(o.withdrawnOn)}, its bookings released`
                    : o.open
                      ? `book by ${formatDate(o.closesOn)}`
                      : "closed"}
                </span>
              </td>
              <td className={td}>{formatMoney(o.pricePerPlacePence)}</td>
              <td className={td}>
                {showBookings ? `${o.placesBooked} of ${o.places}` : o.places - o.placesBooked}
              </td>
              <td className="py-2 pr-3">
                {o.bookings.length === 0 ? (
                  "None yet"
                ) : (
                  <ul>
                    {o.bookings.map((b) => (
                      <li key={b.schoolId}>
                        {b.schoolName}: {b.places} {b.places === 1 ? "place" : "places"}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
