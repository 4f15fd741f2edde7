import { describe, expect, it } from "vitest";
import { ACCOUNT, ACCOUNT_LOCK, delaySeconds, PAIR } from "@/lib/auth/delays";
import { cookieValue, deviceFor, issueDeviceToken } from "@/lib/auth/device";

describe("sign-in delays", () => {
  it("lets a few failures pass, then doubles from 1 s up to the cap", () => {
    expect([4, 5, 6, 7, 8].map((n) => delaySeconds(n, PAIR))).toEqual([0, 1, 2, 4, 8]);
    expect(delaySeconds(40, PAIR)).toBe(15 * 60);
  });

  it("keeps the account-wide delay to a few seconds, so the person can always get in soon", () => {
    for (let n = 0; n < ACCOUNT_LOCK.afterFailures; n++)
      expect(delaySeconds(n, ACCOUNT)).toBeLessThanOrEqual(5);
    expect(delaySeconds(ACCOUNT.free - 1, ACCOUNT)).toBe(0);
  });
});

describe("device cookies", () => {
  const secret = "unit-test-secret-unit-test-secret-0000";

  it("name a browser only for the account it signed in to", () => {
    const token = issueDeviceToken(secret, "Sam@School.example");
    expect(deviceFor(secret, token, "sam@school.example")).toBe(token.split(".")[0]);
    expect(deviceFor(secret, token, "someone.else@school.example")).toBeNull();
    expect(deviceFor("another-secret-another-secret-000000", token, "sam@school.example")).toBeNull();
  });

  it("refuse a forged or damaged token", () => {
    const [nonce] = issueDeviceToken(secret, "sam@school.example").split(".");
    expect(deviceFor(secret, `${nonce}.forged`, "sam@school.example")).toBeNull();
    expect(deviceFor(secret, "", "sam@school.example")).toBeNull();
    expect(deviceFor(secret, undefined, "sam@school.example")).toBeNull();
  });

  it("are read from a Cookie header", () => {
    expect(cookieValue("a=1; harbour-device=x.y; b=2", "harbour-device")).toBe("x.y");
    expect(cookieValue(undefined, "harbour-device")).toBeUndefined();
  });
});
