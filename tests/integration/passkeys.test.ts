// Passkeys (decision 0040) against the real Postgres with row-level security. The signature checks are
// @simplewebauthn/server's and run end to end in tests/e2e/two-step-sign-in.spec.ts (a virtual
// authenticator); here: challenges work once and only when issued, and passkeys are their person's.
import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import {
  attemptPasskeySignIn,
  listPasskeys,
  passkeySignInOptions,
  removePasskey,
  renamePasskey,
} from "@/lib/passkeys/queries";
import { makePerson, ownerDb } from "./support/fixtures";

const clientData = (challenge: string) =>
  Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin: "http://localhost:3000" })).toString(
    "base64url",
  );

const answer = (challenge: string, id = "no-such-credential") => ({
  id,
  rawId: id,
  type: "public-key",
  response: { clientDataJSON: clientData(challenge), authenticatorData: "", signature: "" },
  clientExtensionResults: {},
});

async function passkeyFor(personId: string) {
  return ownerDb().passkey.create({
    data: {
      personId,
      credentialId: `cred-${personId}`,
      publicKey: Buffer.from([1, 2, 3]),
      name: "Work laptop",
    },
  });
}

describe("passkeys", () => {
  it("uses each sign-in challenge once, and refuses challenges it never issued", async () => {
    const person = await makePerson();
    const key = await passkeyFor(person.id);
    const { challenge } = await passkeySignInOptions();
    expect(await ownerDb().passkeyChallenge.count({ where: { challenge } })).toBe(1);
    // A bad signature fails, and uses the challenge up: it cannot be tried again.
    expect(await attemptPasskeySignIn(answer(challenge, key.credentialId))).toEqual({ status: "failed" });
    expect(await ownerDb().passkeyChallenge.count({ where: { challenge } })).toBe(0);
    expect(await attemptPasskeySignIn(answer(challenge, key.credentialId))).toEqual({ status: "failed" });
    expect(await attemptPasskeySignIn(answer("made-up-challenge", key.credentialId))).toEqual({
      status: "failed",
    });
    expect(await attemptPasskeySignIn({ id: "x" })).toEqual({ status: "failed" });
    const failures = await ownerDb().auditEvent.count({
      where: {
        actorId: person.id,
        action: "sign-in.failed",
        detail: { path: ["method"], equals: "passkey" },
      },
    });
    expect(failures).toBe(1);
  });

  it("shows and removes a person's passkeys only for them", async () => {
    const person = await makePerson();
    const other = await makePerson();
    const key = await passkeyFor(person.id);
    expect((await listPasskeys({ personId: person.id })).map((p) => p.name)).toEqual(["Work laptop"]);
    expect(await listPasskeys({ personId: other.id })).toEqual([]);
    const seen = await withScope({ personId: other.id }, (tx) => tx.passkey.count({ where: { id: key.id } }));
    expect(seen).toBe(0);
    await expect(removePasskey({ personId: other.id }, key.id)).rejects.toThrow(/not found/);
    await removePasskey({ personId: person.id }, key.id);
    expect(await ownerDb().passkey.count({ where: { id: key.id } })).toBe(0);
    expect(
      await ownerDb().auditEvent.count({ where: { actorId: person.id, action: "passkey.removed" } }),
    ).toBe(1);
  });

  it("renames a person's passkey only for them, audited", async () => {
    const person = await makePerson();
    const other = await makePerson();
    const key = await passkeyFor(person.id);
    await expect(renamePasskey({ personId: other.id }, { id: key.id, name: "Mine now" })).rejects.toThrow(
      /not found/,
    );
    await renamePasskey({ personId: person.id }, { id: key.id, name: "Home phone" });
    expect((await listPasskeys({ personId: person.id })).map((p) => p.name)).toEqual(["Home phone"]);
    const event = await ownerDb().auditEvent.findFirstOrThrow({
      where: { actorId: person.id, action: "passkey.renamed" },
    });
    expect(event.detail).toEqual({ from: "Work laptop", to: "Home phone" });
  });
});
