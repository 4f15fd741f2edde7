// A local stand-in for Wonde's API, serving recorded responses (the JSON files beside this) over real
// HTTP, for the integration and end-to-end tests. The recorded `next` links name api.wonde.com; they
// are rewritten to this server's address, as Wonde's own would name Wonde.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const RECORDED_BASE = "https://api.wonde.com/v1.0";

/** The recorded school; its token; and school ids that make the server fail in one way each. */
export const WONDE_SCHOOL_ID = "A1930499544";
export const WONDE_TOKEN = "wonde-test-token-4f9c2b7e81d3";
export const RATE_LIMITED_SCHOOL_ID = "A1000000429";
export const BROKEN_PAGE_SCHOOL_ID = "A1000000500";

export function recordedPages(): unknown[] {
  return [1, 2, 3].map((n) => JSON.parse(readFileSync(path.join(here, `employees-page-${n}.json`), "utf8")));
}

export type WondeServer = {
  url: string;
  /** every request's path and query, and whether it carried the right token */
  requests: { path: string; authorised: boolean }[];
  /** replace the pages served for the recorded school (a test changing the MIS's data) */
  setPages: (pages: unknown[]) => void;
  close: () => Promise<void>;
};

export async function startWondeServer(port = 0): Promise<WondeServer> {
  let pages = recordedPages();
  const requests: WondeServer["requests"] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const authorised = req.headers.authorization === `Bearer ${WONDE_TOKEN}`;
    requests.push({ path: url.pathname + url.search, authorised });
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    };
    if (!authorised) return send(401, JSON.stringify({ error: "Unauthenticated." }));
    const match = /^\/v1\.0\/schools\/([A-Za-z0-9]+)\/employees$/.exec(url.pathname);
    const page = Number(url.searchParams.get("page") ?? 1);
    if (!match) return send(404, JSON.stringify({ error: "Not found" }));
    if (match[1] === RATE_LIMITED_SCHOOL_ID)
      return send(429, JSON.stringify({ error: "Too Many Attempts." }));
    if (match[1] === BROKEN_PAGE_SCHOOL_ID && page === 2) return send(200, '{"data": [ {"id": "A5');
    if (match[1] !== WONDE_SCHOOL_ID && match[1] !== BROKEN_PAGE_SCHOOL_ID)
      return send(404, JSON.stringify({ error: "School not found" }));
    const body = pages[page - 1];
    if (!body) return send(404, JSON.stringify({ error: "Page not found" }));
    send(
      200,
      JSON.stringify(body).replaceAll(RECORDED_BASE, `${base()}/v1.0`).replaceAll(WONDE_SCHOOL_ID, match[1]),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base()}/v1.0`,
    requests,
    setPages: (next) => {
      pages = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
