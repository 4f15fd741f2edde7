import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonPasswordCount, isCommonPassword } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN, passwordSchema } from "@/lib/auth/password-rules";
import { acceptInvitationSchema } from "@/lib/people/schemas";

describe("password rules", () => {
  it("accepts 12 to 128 characters and refuses anything shorter or longer", () => {
    expect(passwordSchema.safeParse("a".repeat(11)).success).toBe(false);
    expect(passwordSchema.safeParse("a".repeat(12)).success).toBe(true);
    expect(passwordSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse("a".repeat(129)).success).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 140 }), (p) => {
        const length = [...p].length;
        expect(passwordSchema.safeParse(p).success).toBe(length >= PASSWORD_MIN && length <= PASSWORD_MAX);
      }),
    );
  });

  it("counts characters, not UTF-16 units, so an emoji passphrase is measured fairly", () => {
    expect(passwordSchema.safeParse("🌊".repeat(12)).success).toBe(true);
    expect(passwordSchema.safeParse("🌊".repeat(6)).success).toBe(false);
  });

  it("says why a password is refused, in words a person can act on", () => {
    const result = passwordSchema.safeParse("short");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("Use at least 12 characters.");
  });

  it("checks against a list of at least 10,000 common passwords, ignoring case", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword("password1234")).toBe(true);
    expect(isCommonPassword("PassWord1234")).toBe(true);
    expect(isCommonPassword("qwertyuiop123")).toBe(true);
    expect(isCommonPassword("harbour-demo-lighthouse")).toBe(false);
  });

  it("requires the confirmation to match when accepting an invitation", () => {
    const base = { token: "t".repeat(43), name: "Sam", password: "a long enough phrase" };
    expect(acceptInvitationSchema.safeParse({ ...base, confirmPassword: base.password }).success).toBe(true);
    const mismatch = acceptInvitationSchema.safeParse({ ...base, confirmPassword: "something else" });
    expect(mismatch.error!.issues.map((i) => i.path.join("."))).toEqual(["confirmPassword"]);
  });
});
