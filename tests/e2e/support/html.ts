// Reading a server-rendered page without a browser (./http-matrix.ts).

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of every h1 in a server-rendered page, with React's `<!-- -->` text separators dropped. */
export function h1Texts(html: string): string[] {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) =>
    (match[1] ?? "")
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
        name.startsWith("#x") || name.startsWith("#X")
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name] ?? entity),
      )
      .replace(/\s+/g, " ")
      .trim(),
  );
}
