// The trust targets form's one schema, shared by the form (react-hook-form) and the action.
import { z } from "zod";

const percent = (what: string) =>
  z.coerce
    .number({ error: `Give the ${what} target as a number from 0 to 100.` })
    .int(`Give the ${what} target as a whole number.`)
    .min(0, `The ${what} target cannot be below 0%.`)
    .max(100, `The ${what} target cannot be above 100%.`);

export const trustTargetsSchema = z.object({
  corePercent: percent("Core"),
  enhancedPercent: percent("Enhanced"),
});
export type TrustTargetsInput = z.input<typeof trustTargetsSchema>;
