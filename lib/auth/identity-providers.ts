import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Config, IdentityProviderConfig } from "../config";
import { PROVIDER_IDS, PROVIDER_NAMES, type Claims, type ProviderId } from "../sso/claims";
import { providerSignIn } from "../sso/sign-in";

/** What a provider's profile step hands to next-auth: the Harbour person, or why there is none. */
export type ProviderUser = {
  id: string;
  name: string;
  email: string;
  sessionVersion?: number;
  refused?: string;
};

/**
 * Microsoft and Google as plain OpenID Connect providers found through their discovery documents,
 * so tests can point both at a local server. openid-client checks the id token's signature,
 * issuer (Microsoft's multi-tenant `{tenantid}` issuer included), audience, expiry and nonce before
 * `profile` runs; `profile` then finds the Harbour person (lib/sso/sign-in.ts).
 */
export function identityProviders(config: Config): OAuthConfig<Claims>[] {
  return PROVIDER_IDS.flatMap((id) => {
    const settings = config.identityProviders[id];
    return settings ? [provider(id, settings)] : [];
  });
}

function provider(id: ProviderId, settings: NonNullable<IdentityProviderConfig>): OAuthConfig<Claims> {
  return {
    id,
    name: PROVIDER_NAMES[id],
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // Each person picks their account every time: a shared staffroom computer stays safe.
    authorization: { params: { scope: "openid email profile", prompt: "select_account" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    async profile(claims): Promise<ProviderUser> {
      const outcome = await providerSignIn(id, claims);
      if (outcome.status === "refused")
        return { id: "refused", name: "", email: "", refused: outcome.refusal };
      return outcome.person;
    },
  };
}
