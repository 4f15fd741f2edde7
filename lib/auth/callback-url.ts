// next-auth answers 500 ("a problem with the server configuration") when a request's callbackUrl,
// in the query or its cookie, is not an http(s) address: a client's mistake, not ours. The route
// refuses those first with a 400 (decision 0041, found by the hostile-input tests).
const COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** As next-auth checks it: absolute http(s), or a path on this site. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null, names: string[]): string[] {
  if (!header) return [];
  return header.split(";").flatMap((part) => {
    const i = part.indexOf("=");
    if (i < 0 || !names.includes(part.slice(0, i).trim())) return [];
    try {
      return [decodeURIComponent(part.slice(i + 1).trim())];
    } catch {
      return [part.slice(i + 1).trim()];
    }
  });
}

/** True when next-auth would refuse the request's callback address with a 500. */
export function hasBadCallbackUrl(url: URL, cookieHeader: string | null): boolean {
  const values = [...url.searchParams.getAll("callbackUrl"), ...cookieValues(cookieHeader, COOKIES)];
  return values.some((v) => v !== "" && !isHttpUrl(v, url.origin));
}
