/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  // pdfkit and fontkit read their own data files at run time (decision 0027).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "highs",
    "pdfkit",
  ],
  poweredByHeader: false,
  // Files (roster, responses, framework) travel as text to server actions. lib/csv/limits.ts allows
  // 2 MB files; their text is JSON-encoded on the way (quotes and backslashes double), so requests
  // may be up to twice that. Without this, Next.js refuses bodies over 1 MB with a bare error.
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  // The build checks the app's own code; `npm test` type-checks everything, tests included, first.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // Pages, route handlers and downloads get every security header from proxy.ts; built assets,
  // which proxy.ts skips, need only this one.
  async headers() {
    return [
      { source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
    ];
  },
};
export default nextConfig;
