import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSetupCode, setupCode } from "@/lib/operators/setup-code";
import { decodeRegisterFile, readRegister } from "@/lib/register/gias";
import { isOpen, phaseOf } from "@/lib/register/phase";

const extract = fs.readFileSync(path.resolve("prisma/register/gias-extract.csv"), "utf8");

describe("the setup code", () => {
  it("is accepted however it is typed, and only for its own secret", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 32 }), fc.string({ minLength: 32 }), (secret, other) => {
        const code = setupCode(secret);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(isSetupCode(secret, code)).toBe(true);
        expect(isSetupCode(secret, ` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(true);
        if (setupCode(other) !== code) expect(isSetupCode(secret, setupCode(other))).toBe(false);
      }),
    );
    expect(isSetupCode("x".repeat(32), "")).toBe(false);
  });
});

describe("reading the register", () => {
  it("finds every field by its published column name", () => {
    const { entries, problems } = readRegister(extract);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(12);
    expect(entries[0]).toEqual({
      urn: "100000",
      name: "The Aldgate School",
      typeName: "Voluntary aided school",
      phaseName: "Primary",
      statusName: "Open",
      laCode: "201",
      laName: "City of London",
      district: "City of London",
      trustCode: null,
      trustName: null,
      postcode: "EC3A 5DE",
      website: "www.sirjohncassprimary.org",
    });
  });

  it("takes the columns in any order, with others beside them", () => {
    const csv = `"Extra","LA (name)","EstablishmentName","URN","LA (code)","EstablishmentStatus (name)","PhaseOfEducation (name)","TypeOfEstablishment (name)"\nx,Kent,Oak School,123456,886,Open,Primary,Community school\n`;
    expect(readRegister(csv).entries[0]).toMatchObject({ urn: "123456", laName: "Kent", name: "Oak School" });
  });

  it("says which columns are missing, and lists each bad line", () => {
    expect(readRegister("URN,EstablishmentName\n100000,A\n").problems[0]!.message).toContain(
      '"TypeOfEstablishment (name)"',
    );
    const lines = extract.trim().split("\n");
    const bad = [...lines, lines[1], `"12ab56",${lines[1]!.split(",").slice(1).join(",")}`].join("\n");
    expect(readRegister(bad).problems.map((p) => p.line)).toEqual([14, 15]);
  });

  it("decodes the register's Windows-1252 as well as UTF-8", () => {
    const latin = new Uint8Array([0x54, 0x68, 0xe9, 0x72, 0xe8, 0x73, 0x65]);
    expect(decodeRegisterFile(latin)).toBe("Thérèse");
    expect(decodeRegisterFile(new TextEncoder().encode("Thérèse"))).toBe("Thérèse");
  });
});

describe("phase and status", () => {
  it.each([
    [{ phaseName: "Primary", typeName: "Academy converter" }, "PRIMARY"],
    [{ phaseName: "Middle deemed secondary", typeName: "Community school" }, "SECONDARY"],
    [{ phaseName: "All-through", typeName: "Free schools" }, "ALL_THROUGH"],
    [{ phaseName: "Not applicable", typeName: "Academy special converter" }, "SPECIAL"],
    [{ phaseName: "Not applicable", typeName: "Pupil referral unit" }, "ALTERNATIVE_PROVISION"],
    [{ phaseName: "16 plus", typeName: "Sixth form centres" }, "COLLEGE"],
  ] as const)("%j is %s", (entry, phase) => {
    expect(phaseOf(entry)).toBe(phase);
  });

  it("lets only open schools start", () => {
    expect(isOpen({ statusName: "Open, but proposed to close" })).toBe(true);
    expect(isOpen({ statusName: "Closed" })).toBe(false);
  });
});
