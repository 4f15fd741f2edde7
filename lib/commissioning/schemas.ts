// The "publish an offer" form's one schema, for the browser and the server. Prices are typed in
// pounds and stored in pence; limits match the database's CHECKs (migration 20261205120000).
import { z } from "zod";
import { oneLine } from "../text";

const isoDate = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what}.`)
    .refine((s) => !Number.isNaN(Date.parse(s)), `Enter ${what} as a real date.`);

// The terms an offer's trust leader sets, and may change later (all but the course).
const offerTerms = {
  dates: oneLine(
    z
      .string()
      .trim()
      .min(3, "Say when the sessions are, such as “Tuesday 3 and 10 March, 1:30 to 4:30pm”.")
      .max(300, "Keep the dates under 300 characters."),
  ),
  startsOn: isoDate("the date of the first session"),
  places: z.coerce
    .number({ error: "Enter the places as a whole number." })
    .int("Enter the places as a whole number.")
    .min(1, "Offer at least 1 place.")
    .max(10_000, "Offer at most 10,000 places."),
  pricePounds: z.coerce
    .number({ error: "Enter the price per place in pounds, such as 45 or 45.50." })
    .refine(Number.isFinite, "Enter the price per place in pounds, such as 45 or 45.50.")
    .pipe(z.number().min(0, "The price cannot be negative.").max(100_000, "Keep the price under £100,000.")),
  closesOn: isoDate("the closing date"),
};

const closesBeforeStart = (o: { startsOn: string; closesOn: string }, ctx: z.RefinementCtx) => {
  if (o.closesOn > o.startsOn)
    ctx.addIssue({
      code: "custom",
      path: ["closesOn"],
      message: "Bookings must close on or before the first session.",
    });
};

const id = z.string().trim().min(1).max(40);

export const publishOfferSchema = z
  .object({
    courseId: z.string({ error: "Choose a course." }).trim().min(1, "Choose a course.").max(40),
    ...offerTerms,
  })
  .superRefine(closesBeforeStart);
export type PublishOfferInput = z.input<typeof publishOfferSchema>;

/** Changing an offer's places, price or dates; the course stays (withdraw and publish another). */
export const changeOfferSchema = z.object({ offerId: id, ...offerTerms }).superRefine(closesBeforeStart);
export type ChangeOfferInput = z.input<typeof changeOfferSchema>;

export const withdrawOfferSchema = z.object({ offerId: id });
