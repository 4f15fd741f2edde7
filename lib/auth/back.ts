// Where sign-in may send someone back to: only Harbour paths of a known shape (an invitation, or a
// stored evidence file someone opened while signed out), never an address named in a link. Pure.
const ID = "[A-Za-z0-9_-]{1,100}";
const BACK_PATHS = [
  new RegExp(`^/invitations/[A-Za-z0-9_-]{20,100}$`),
  new RegExp(`^/schools/${ID}/evidence/${ID}/file$`),
  new RegExp(`^/peer-review/${ID}/evidence/${ID}$`),
  new RegExp(`^/trusts/${ID}/accreditation/${ID}/evidence/${ID}$`),
];

export type Back = { path: string; kind: "home" | "invitation" | "file" };

export function signInBack(next: string | undefined): Back {
  if (typeof next !== "string" || !BACK_PATHS.some((p) => p.test(next))) return { path: "/", kind: "home" };
  return { path: next, kind: next.startsWith("/invitations/") ? "invitation" : "file" };
}

/** The sign-in address that comes back to `pathname` afterwards, when that is allowed. */
export function signInHref(pathname: string): string {
  const back = signInBack(pathname);
  return back.kind === "home" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(back.path)}`;
}
