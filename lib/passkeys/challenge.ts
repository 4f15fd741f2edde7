// The challenge a browser signed, read from its client data (pure). The server then finds its own
// copy by this value: a challenge it never issued, or one used already, is simply not there.
export function challengeOf(response: { response?: unknown }): string | null {
  const clientData = (response.response as { clientDataJSON?: unknown } | undefined)?.clientDataJSON;
  if (typeof clientData !== "string" || clientData.length > 4096) return null;
  try {
    const parsed = JSON.parse(Buffer.from(clientData, "base64url").toString("utf8")) as {
      challenge?: unknown;
    };
    return typeof parsed.challenge === "string" && parsed.challenge.length <= 512 ? parsed.challenge : null;
  } catch {
    return null;
  }
}

/** Challenges work for five minutes. */
export const CHALLENGE_SECONDS = 5 * 60;
