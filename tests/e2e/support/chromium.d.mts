// Types for chromium.mjs (plain JavaScript so that scripts/test.mjs can import it without a compiler).
export declare const SYSTEM_CHROMIUM: string;
export declare function noChromium(env?: Record<string, string | undefined>): string;
export type ChromiumSource = "CHROMIUM_PATH" | "the system" | "Playwright";
export declare function findChromium(options?: {
  env?: Record<string, string | undefined>;
  system?: string;
  playwright?: () => string | null;
}): { path: string; source: ChromiumSource } | null;
