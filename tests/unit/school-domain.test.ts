import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailRefusal, isOnDomain, schoolDomain } from "@/lib/school-requests/domain";

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
/** A school's own domain as the register gives them: name.la.sch.uk or name.org.uk. */
const domain = fc.oneof(
  fc.tuple(label, label).map(([name, la]) => `${name}.${la}.sch.uk`),
  label.map((name) => `${name}.org.uk`),
);

describe("the school's own domain", () => {
  it("is the website's host without www., whatever the scheme, path or case", () => {
    expect(schoolDomain("www.stmarys.lancs.sch.uk")).toBe("stmarys.lancs.sch.uk");
    expect(schoolDomain("HTTPS://WWW.Harbour-Primary.org.uk/about?x=1")).toBe("harbour-primary.org.uk");
    expect(schoolDomain("http://school.example.org.uk.")).toBe("school.example.org.uk");
  });

  it("is none for no website, a public suffix, an address or a mail provider's host", () => {
    for (const website of [
      null,
      "",
      "  ",
      "sch.uk",
      "lancs.sch.uk",
      "http://10.1.2.3",
      "www.gmail.com",
      "not a url",
    ])
      expect(schoolDomain(website)).toBeNull();
  });

  it("accepts the host and its subdomains, never a look-alike", () => {
    fc.assert(
      fc.property(domain, label, label, (own, user, sub) => {
        expect(isOnDomain(`${user}@${own}`, own)).toBe(true);
        expect(isOnDomain(`${user}@${sub}.${own}`, own)).toBe(true);
        expect(isOnDomain(`${user}@${sub}${own}`, own)).toBe(false);
        expect(isOnDomain(`${user}@${own}.${sub}.com`, own)).toBe(false);
        // The last "@" decides, so a quoted local part cannot smuggle the domain in.
        expect(isOnDomain(`"${user}@${own}"@${sub}.com`, own)).toBe(false);
      }),
    );
  });

  it("round-trips: an address at the domain of any website form is accepted", () => {
    fc.assert(
      fc.property(
        domain,
        label,
        fc.constantFrom("", "www.", "http://www.", "https://"),
        (own, user, prefix) => {
          expect(emailRefusal(`${user}@${own}`, schoolDomain(`${prefix}${own}/`))).toBeNull();
        },
      ),
    );
  });

  it("refuses public mail providers in words, even for a school with no domain", () => {
    expect(emailRefusal("head@gmail.com", null)).toMatch(/personal mail provider/);
    expect(emailRefusal("head@btinternet.com", "school.org.uk")).toMatch(/personal mail provider/);
    expect(emailRefusal("head@other.org.uk", "school.org.uk")).toBe(
      "Use your email address at school.org.uk, the school's website in the register.",
    );
    expect(emailRefusal("head@anything.org.uk", null)).toBeNull();
  });
});
