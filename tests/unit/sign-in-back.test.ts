import { describe, expect, it } from "vitest";
import { signInBack, signInHref } from "@/lib/auth/back";

describe("where sign-in sends someone back to", () => {
  it("goes back to an invitation or a stored evidence file", () => {
    expect(signInBack("/invitations/abcdefghijklmnopqrstuv").kind).toBe("invitation");
    for (const path of [
      "/schools/s1/evidence/i1/file",
      "/peer-review/sub1/evidence/i1",
      "/trusts/t1/accreditation/sub1/evidence/i1",
    ])
      expect(signInBack(path)).toEqual({ path, kind: "file" });
    expect(signInHref("/peer-review/sub1/evidence/i1")).toBe(
      "/sign-in?next=%2Fpeer-review%2Fsub1%2Fevidence%2Fi1",
    );
  });

  it("never to another address or another page", () => {
    for (const next of [
      undefined,
      "https://evil.example/x",
      "//evil.example/schools/a/evidence/b/file",
      "/schools/a/evidence/b/file?x=1",
      "/schools/a/evidence",
      "/schools/../evidence/b/file",
      "/schools/a%2Fb/evidence/c/file",
    ])
      expect(signInBack(next)).toEqual({ path: "/", kind: "home" });
    expect(signInHref("/schools/a/people")).toBe("/sign-in");
  });
});
