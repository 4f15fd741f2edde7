// What an identity provider's verified id token says, and whether it is good enough to sign in with.
// Pure: openid-client has already checked signature, issuer, audience, expiry and nonce (decision 0019).

export type ProviderId = "microsoft" | "google";
export const PROVIDER_IDS: readonly ProviderId[] = ["microsoft", "google"];
export const PROVIDER_NAMES: Record<ProviderId, string> = { microsoft: "Microsoft", google: "Google" };

/** Why a provider sign-in was refused; the sign-in page turns each into a sentence. */
export type Refusal =
  "unverified-email" | "no-school" | "not-linked" | "wrong-tenant" | "wrong-workspace" | "no-membership";

export type Identity = {
  provider: ProviderId;
  email: string;
  name: string;
  /** Microsoft: the directory the account lives in. */
  tenantId?: string;
  /** Google: the Workspace domain of the account (absent for personal Gmail accounts). */
  hostedDomain?: string;
};

export type Claims = Record<string, unknown>;
type Read = { ok: true; identity: Identity } | { ok: false; refusal: Refusal };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Microsoft sends optional boolean claims as true or, in some token versions, as "1" or "true".
const isTrue = (v: unknown) => v === true || v === "true" || v === 1 || v === "1";
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

export function identityFromClaims(provider: ProviderId, claims: Claims): Read {
  const email = text(claims.email).toLowerCase();
  const name = text(claims.name) || email;
  if (provider === "google") {
    // Google: email_verified is Google's word that the account controls the address.
    if (!EMAIL.test(email) || claims.email_verified !== true)
      return { ok: false, refusal: "unverified-email" };
    const hd = text(claims.hd).toLowerCase();
    return { ok: true, identity: { provider, email, name, ...(hd ? { hostedDomain: hd } : {}) } };
  }
  // Microsoft: `email` is whatever a tenant's admin typed, unless xms_edov says the tenant owns
  // its domain. preferred_username and upn are mutable and not meant for authorisation.
  const tenantId = text(claims.tid).toLowerCase();
  if (!EMAIL.test(email) || !isTrue(claims.xms_edov) || !tenantId)
    return { ok: false, refusal: "unverified-email" };
  return { ok: true, identity: { provider, email, name, tenantId } };
}

/** The school's links that an identity must match: its Entra tenant, or its Workspace domain. */
export type SchoolLinks = { microsoftTenantId: string | null; googleHostedDomain: string | null };

export function checkLinks(identity: Identity, links: SchoolLinks | null): Refusal | null {
  if (identity.provider === "microsoft") {
    if (!links?.microsoftTenantId) return "not-linked";
    return identity.tenantId === links.microsoftTenantId ? null : "wrong-tenant";
  }
  if (!links?.googleHostedDomain) return "not-linked";
  return identity.hostedDomain === links.googleHostedDomain ? null : "wrong-workspace";
}
