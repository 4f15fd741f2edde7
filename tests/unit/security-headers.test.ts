import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  isStoredFilePath,
  newNonce,
  securityHeaders,
  STORED_FILE_POLICY,
} from "@/lib/security/headers";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("security headers", () => {
  const production = { nonce: "bm9uY2U=", https: false, development: false };

  it("runs only scripts with this response's nonce: no inline script, no eval", () => {
    const scripts = directive(contentSecurityPolicy(production), "script-src");
    expect(scripts).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  });

  it("lets nothing frame Harbour and loads nothing from elsewhere", () => {
    const csp = contentSecurityPolicy(production);
    expect(directive(csp, "frame-ancestors")).toBe("'none'");
    expect(directive(csp, "default-src")).toBe("'self'");
    expect(directive(csp, "object-src")).toBe("'none'");
    expect(directive(csp, "base-uri")).toBe("'self'");
  });

  it("sends HSTS and upgrades requests only when served over HTTPS", () => {
    const http = Object.fromEntries(securityHeaders(production));
    const https = Object.fromEntries(securityHeaders({ ...production, https: true }));
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    expect(http["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("allows eval only under next dev", () => {
    expect(directive(contentSecurityPolicy({ ...production, development: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("switches off the browser features Harbour never uses", () => {
    const headers = Object.fromEntries(securityHeaders(production));
    for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
      expect(headers["Permissions-Policy"]).toContain(feature);
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("sandboxes the stored files people uploaded, and only those", () => {
    expect(isStoredFilePath("/schools/s1/evidence/e1/file")).toBe(true);
    expect(isStoredFilePath("/peer-review/p1/evidence/e1")).toBe(true);
    expect(isStoredFilePath("/trusts/t1/accreditation/a1/evidence/e1")).toBe(true);
    expect(isStoredFilePath("/trusts/t1/accreditation/a1")).toBe(false);
    expect(isStoredFilePath("/schools/s1/evidence")).toBe(false);
    expect(isStoredFilePath("/schools/s1/action-plan/export")).toBe(false);
    const file = Object.fromEntries(securityHeaders({ ...production, storedFile: true }));
    expect(file["Content-Security-Policy"]).toBe(STORED_FILE_POLICY);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
