"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ActionButton } from "@/components/plans/action-button";
import type { ActionResult } from "@/lib/actions/result";
import type { OfferView } from "@/lib/commissioning/queries";
import { changeOfferSchema, type ChangeOfferInput } from "@/lib/commissioning/schemas";

type Props = {
  offer: OfferView;
  change: (values: ChangeOfferInput) => Promise<ActionResult<{ id: string }>>;
  withdraw: (values: { offerId: string }) => Promise<ActionResult<{ id: string }>>;
};

/** Changes one offer's places, price or dates, or withdraws it; every field's error sits beside it. */
export function OfferChanges({ offer, change, withdraw }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(changeOfferSchema, change, {
    offerId: offer.id,
    dates: offer.dates,
    startsOn: offer.startsOn,
    places: String(offer.places),
    pricePounds: (offer.pricePerPlacePence / 100).toFixed(2),
    closesOn: offer.closesOn,
  });
  const key = offer.id;
  return (
    <details className="rounded border border-slate-300 p-3">
      <summary className="cursor-pointer font-medium">Change or withdraw: {offer.courseTitle}</summary>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={`Change the offer of ${offer.courseTitle}`}
        className="mt-3 flex flex-col gap-4"
      >
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Offer changed. Schools see the new terms at once.</Alert>}
        <input type="hidden" {...form.register("offerId")} />
        <TextField
          id={`dates-${key}`}
          label="Dates and times"
          error={errorOf("dates")}
          {...form.register("dates")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id={`starts-${key}`}
            type="date"
            label="First session"
            hint={offer.placesBooked > 0 ? "Schools have booked: it stays in the same term." : undefined}
            error={errorOf("startsOn")}
            {...form.register("startsOn")}
          />
          <TextField
            id={`closes-${key}`}
            type="date"
            label="Bookings close"
            error={errorOf("closesOn")}
            {...form.register("closesOn")}
          />
          <TextField
            id={`places-${key}`}
            inputMode="numeric"
            label="Places"
            hint={offer.placesBooked > 0 ? `At least the ${offer.placesBooked} booked.` : undefined}
            error={errorOf("places")}
            {...form.register("places")}
          />
          <TextField
            id={`price-${key}`}
            inputMode="decimal"
            label="Price per place (£)"
            hint="For bookings from now on; plans already made keep their cost."
            error={errorOf("pricePounds")}
            {...form.register("pricePounds")}
          />
        </div>
        <div className="flex flex-wrap items-start gap-3">
          <Button type="submit" busy={busy}>
            Save the changes
          </Button>
          <ActionButton
            label="Withdraw the offer"
            srLabel={offer.courseTitle}
            variant="danger"
            values={{ offerId: offer.id }}
            action={withdraw}
            confirm={`Withdraw ${offer.courseTitle}? Its ${offer.placesBooked} booked places are released and the schools are told on their plans.`}
          />
        </div>
      </form>
    </details>
  );
}
