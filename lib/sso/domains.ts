// Email domains a school may link for provider sign-in: plain rules, no database (decision 0019).
import { z } from "zod";

/**
 * Mail services anyone can sign up to: a school cannot own these, so linking one would let any
 * stranger with an address there claim to be staff. Personal Microsoft and Google domains included.
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "live.com",
  "live.co.uk",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "btinternet.com",
  "sky.com",
  "talktalk.net",
  "virginmedia.com",
]);

// Labels of letters, digits and inner hyphens, at least two of them, as DNS allows.
const HOSTNAME = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const emailDomain = (email: string) => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .min(1, "Enter your school's email domain, for example brookfield.sch.uk.")
      .regex(HOSTNAME, "Enter a domain such as brookfield.sch.uk, without spaces or an @.")
      .refine(
        (d) => !PUBLIC_MAIL_DOMAINS.has(d),
        "That is a public mail service anyone can join, so it cannot stand for your school.",
      ),
  );
