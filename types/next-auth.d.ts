import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** `via`: how this session signed in (a provider's sign-in carries the provider's own second step). */
    user: {
      id: string;
      name: string;
      email: string;
      via: "password" | "provider" | "passkey";
      /** Set when the database could not be asked whether the session still holds (decision 0043). */
      unchecked?: boolean;
    };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    personId?: string;
    /** The person's session version at sign-in: a later sign-out, password change or removal bumps it. */
    sessionVersion?: number;
    /** Seconds since the epoch: sessions end a fixed time after sign-in (SESSION_MAX_HOURS). */
    signedInAt?: number;
    /** How the session signed in: Harbour's own password (and second step), or a provider. */
    via?: "password" | "provider" | "passkey";
    /** This request only: the session version could not be read (the database is away). */
    unchecked?: boolean;
  }
}
