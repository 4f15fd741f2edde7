// Hostile ids in the URL of every page and download with a dynamic segment (issue 13). A segment
// Next.js cannot decode (a broken UTF-8 sequence, an unfinished escape) was a bare 500 from Next.js
// itself on all of them (vercel/next.js#92527); proxy.ts answers it with a 404. A null byte or an
// over-long id decodes, so it goes on to the page, which refuses it itself (a 404 or "this link is
// not valid"): the production server's answers to both are in docs/security-testing.md.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

const app = path.resolve(import.meta.dirname, "../../app");

/** Every page and route handler whose path has a dynamic segment, as its path pattern. */
function dynamicPaths(dir = app): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return dynamicPaths(full);
    if (!/^(page\.tsx|route\.ts)$/.test(name)) return [];
    const route = path.relative(app, dir).split(path.sep).join("/");
    return route.includes("[") ? [`/${route}`] : [];
  });
}

// What a real id looks like (a cuid), and what no URL can name.
const REAL_ID = "cmiw3p2x40000abcd1234wxyz";
const UNDECODABLE = {
  "a broken UTF-8 sequence": "%ED%A0%80",
  "a broken sequence inside an id": `${REAL_ID}%C3`,
  "an unfinished escape": "%E0%A4%A",
  "a lone percent sign": "50%",
};
// These decode, so they are the page's to refuse.
const DECODABLE = { "a plausible id": REAL_ID, "a null byte": "%00", "an over-long id": "x".repeat(5000) };

const fill = (pattern: string, hostile: string, at: number) => {
  let i = 0;
  return pattern.replace(/\[(?:\.\.\.)?[A-Za-z]+\]/g, () => (i++ === at ? hostile : REAL_ID));
};

let proxy: (request: NextRequest) => Response;
beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "postgresql://harbour@127.0.0.1:5432/unused");
  vi.stubEnv("NEXTAUTH_SECRET", "unit-test-only-secret-0123456789abcdefghij");
  ({ proxy } = await import("@/proxy"));
});

describe("hostile ids in page and download URLs", () => {
  const paths = dynamicPaths();

  it("finds the pages and downloads with an id in their path", () => {
    for (const p of ["/peer-review/[submissionId]", "/invitations/[token]", "/schools/[schoolId]"])
      expect(paths).toContain(p);
    expect(paths.length).toBeGreaterThan(60);
  });

  for (const [what, hostile] of Object.entries(UNDECODABLE)) {
    it(`answers 404 to ${what} in any segment of any of them`, () => {
      const wrong: string[] = [];
      for (const pattern of paths) {
        const segments = pattern.match(/\[/g)!.length;
        for (let at = 0; at < segments; at++) {
          const url = `http://localhost:3000${fill(pattern, hostile, at)}`;
          const res = proxy(new NextRequest(url));
          if (res.status !== 404) wrong.push(`${url.slice(0, 120)}: ${res.status}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  for (const [what, value] of Object.entries(DECODABLE)) {
    it(`passes ${what} on to the page`, () => {
      for (const pattern of paths) {
        const res = proxy(new NextRequest(`http://localhost:3000${fill(pattern, value, 0)}`));
        expect(res.headers.get("x-middleware-next"), pattern).toBe("1");
      }
    });
  }
});
