import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("the address used for per-address sign-in limits", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so inventing addresses does not help", () => {
    expect(clientAddress("1.1.1.1", 0)).toBe("direct");
    expect(clientAddress("2.2.2.2", 0)).toBe("direct");
    expect(clientAddress(undefined, 0)).toBe("direct");
  });

  it("believes only the entry the trusted proxy appended", () => {
    // The client sent "6.6.6.6"; our one proxy appended the address it really saw.
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("", 1)).toBe("unknown");
  });
});
