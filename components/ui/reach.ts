// Sending a server action from the browser can fail before the server answers (no network, the
// server restarting): the action's promise then rejects instead of returning a result. Every button
// and form sends through `reach`, so such a failure is shown like any other, beside the button,
// and the button becomes usable again instead of staying busy for ever.

export const NETWORK_MESSAGE = "Could not reach Harbour. Check your connection and try again.";

/** The failure `reach` returns when the server never answered. */
export type NetworkFailure = { ok: false; code: "network"; message: string; fieldErrors?: undefined };

/** An action's own result, or the failure to reach the server at all. */
export type Reached<R> = R | NetworkFailure;

export const networkFailure = (): NetworkFailure => ({
  ok: false,
  code: "network",
  message: NETWORK_MESSAGE,
});

/** Calls `send` (a server action call); a rejected promise becomes a NetworkFailure. */
export async function reach<R>(send: () => Promise<R>): Promise<Reached<R>> {
  try {
    return await send();
  } catch (error) {
    // Next.js redirects and not-found are thrown on purpose: let the router handle them.
    if (isNavigation(error)) throw error;
    return networkFailure();
  }
}

function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") ||
      digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") ||
      digest === "NEXT_NOT_FOUND")
  );
}
