"use client";

// next-auth's browser client (about 12 KiB gzipped, with its Babel helpers) is loaded when someone
// signs in or out, not with every page that has a sign-out button (decision 0046).
type Client = typeof import("next-auth/react");
const client = (): Promise<Client> => import("next-auth/react");

export const signOut: Client["signOut"] = async (options) => (await client()).signOut(options);
// A cast keeps next-auth's own overloads (the result's type depends on the provider named).
export const signIn = (async (...args: Parameters<Client["signIn"]>) =>
  (await client()).signIn(...args)) as Client["signIn"];
