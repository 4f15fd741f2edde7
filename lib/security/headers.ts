// The response headers every page, route handler and download carries (proxy.ts sets them). Pure: the
// nonce and whether Harbour is served over HTTPS come in; no request, no clock.

export type HeaderOptions = {
  /** A fresh, unguessable value per response: the only inline or loaded scripts that run carry it. */
  nonce: string;
  /** The address people use starts with https:// (HSTS is ignored over plain HTTP, and would be wrong there). */
  https: boolean;
  /** `next dev` evaluates code for fast refresh; a production build never does. */
  development: boolean;
  /** A stored file someone uploaded (evidence): it gets the sandbox policy, not the pages' one. */
  storedFile?: boolean;
};

/** Nothing in an uploaded file may run, load or act as Harbour, even if a browser were made to render it. */
export const STORED_FILE_POLICY = "default-src 'none'; sandbox";

/** The route handlers that serve stored files (lib/tenancy/route.ts `fileDownload`). */
export function isStoredFilePath(pathname: string): boolean {
  return (
    /^\/schools\/[^/]+\/evidence\/[^/]+\/file$/.test(pathname) ||
    /^\/peer-review\/[^/]+\/evidence\/[^/]+$/.test(pathname) ||
    /^\/trusts\/[^/]+\/accreditation\/[^/]+\/evidence\/[^/]+$/.test(pathname)
  );
}

/**
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic'); no inline
 * event handlers, no eval in production. Styles allow inline `style` attributes (charts and progress
 * bars set widths with them); an attribute cannot run script. Nothing may frame Harbour.
 */
export function contentSecurityPolicy({ nonce, https, development }: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Browser features Harbour never uses, switched off for every page. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "interest-cohort=()",
  "browsing-topics=()",
].join(", ");

/** Two years, with subdomains: the address is HTTPS for good once a browser has seen it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function securityHeaders(options: HeaderOptions): [name: string, value: string][] {
  return [
    ["Content-Security-Policy", options.storedFile ? STORED_FILE_POLICY : contentSecurityPolicy(options)],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ["Referrer-Policy", "same-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(options.https ? [["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY] as [string, string]] : []),
  ];
}

/** 128 random bits, base64: what CSP's nonce-source expects. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
