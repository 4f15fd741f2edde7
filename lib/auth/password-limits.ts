// The password's length limits alone, with no schema library: the sign-in form's schema (zod/mini,
// in the browser) needs the maximum without bringing in full zod (decision 0046).
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
