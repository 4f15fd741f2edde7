import { describe, expect, it } from "vitest";
import { hasBadCallbackUrl } from "@/lib/auth/callback-url";
import {
  BROKEN_CHARACTER_MESSAGE,
  CONTROL_CHARACTER_MESSAGE,
  isWellFormed,
  unstorableText,
} from "@/lib/text";

describe("broken text (half surrogate pairs)", () => {
  it("finds a broken string at any depth and names its field", () => {
    expect(isWellFormed("emoji \ud83d\ude00 fine")).toBe(true);
    expect(isWellFormed("half \ud800")).toBe(false);
    expect(isWellFormed("\udc00 low half")).toBe(false);
    expect(unstorableText({ title: "ok", items: [{ note: "fine" }, { note: "bad \ud800" }] })).toEqual({
      path: "items.1.note",
      message: BROKEN_CHARACTER_MESSAGE,
    });
    expect(unstorableText("\ud800")?.path).toBe("form");
    expect(unstorableText({ ["\ud800"]: 1 })?.path).toBe("form");
    expect(unstorableText({ name: "Ann\u0000" })).toEqual({
      path: "name",
      message: CONTROL_CHARACTER_MESSAGE,
    });
    expect(unstorableText({ a: [1, null, true, { b: "fine \ud83d\ude00" }] })).toBeNull();
  });

  it("stops looking in a huge or deep input instead of hanging", () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 1000; i++) at = (at.x = {}) as Record<string, unknown>;
    expect(unstorableText(deep)).toBeNull();
    expect(unstorableText(Array.from({ length: 50_000 }, () => "fine"))).toBeNull();
  });
});

describe("sign-in callback addresses", () => {
  const url = (q: string) => new URL(`http://localhost:3000/api/auth/signin${q}`);
  it("refuses what next-auth would answer with a 500, and lets the rest through", () => {
    expect(hasBadCallbackUrl(url("?callbackUrl=%2Fschools"), null)).toBe(false);
    expect(hasBadCallbackUrl(url("?callbackUrl=https%3A%2F%2Fexample.org%2F"), null)).toBe(false);
    expect(hasBadCallbackUrl(url("?callbackUrl="), null)).toBe(false);
    expect(hasBadCallbackUrl(url("?callbackUrl=javascript%3Aalert(1)"), null)).toBe(true);
    expect(hasBadCallbackUrl(url("?callbackUrl=not%20a%20url"), null)).toBe(true);
    expect(hasBadCallbackUrl(url(""), "a=b; next-auth.callback-url=javascript%3Ax")).toBe(true);
    expect(hasBadCallbackUrl(url(""), "__Secure-next-auth.callback-url=https%3A%2F%2Fh.example%2F")).toBe(
      false,
    );
  });
});
