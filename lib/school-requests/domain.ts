// Which email addresses are "on the school's own domain" (decision 0022). Pure: no database.
// The domain is the host of the register's SchoolWebsite without "www."; an address at that host or
// at any subdomain of it counts. A website on a public suffix or on a mail provider's host proves
// nothing about who runs it, so such a school has no domain and only an operator can confirm.
import providers from "email-providers/all.json";
import { parse } from "tldts";

const PUBLIC_MAIL = new Set<string>(providers);

/** The school's own domain from its register website, or null when there is none we can trust. */
export function schoolDomain(website: string | null | undefined): string | null {
  const text = website?.trim();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
  const parsed = parse(host, { allowPrivateDomains: true });
  // No registrable domain: an IP address, a bare public suffix ("sch.uk") or a private one ("wixsite.com").
  if (parsed.isIp || !parsed.domain) return null;
  if (PUBLIC_MAIL.has(parsed.domain) || PUBLIC_MAIL.has(host)) return null;
  return host;
}

/** The part of an address after its last "@", lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function isPublicMail(email: string): boolean {
  const domain = emailDomain(email);
  const parsed = parse(domain, { allowPrivateDomains: true });
  return PUBLIC_MAIL.has(domain) || (parsed.domain !== null && PUBLIC_MAIL.has(parsed.domain));
}

/** Whether the address is at the school's domain or a subdomain of it (never a look-alike suffix). */
export function isOnDomain(email: string, domain: string): boolean {
  const at = emailDomain(email);
  const own = domain.toLowerCase();
  return at === own || at.endsWith(`.${own}`);
}

/** Why this address cannot confirm a request for a school with this domain, in words; null when it can. */
export function emailRefusal(email: string, domain: string | null): string | null {
  if (isPublicMail(email))
    return "Use your school email address: a personal mail provider cannot show that you work at the school.";
  if (domain && !isOnDomain(email, domain))
    return `Use your email address at ${domain}, the school's website in the register.`;
  return null;
}
