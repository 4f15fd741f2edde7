import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { audit } from "../audit/record";
import type { SignedInPerson } from "../auth/sign-in";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { logError } from "../log";
import { providerRequiredFor } from "../sso/requirement";
import type { AccountContext } from "../two-factor/queries";
import { CHALLENGE_SECONDS, challengeOf } from "./challenge";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export async function listPasskeys({ personId }: AccountContext): Promise<PasskeySummary[]> {
  return withScope({ personId }, (tx) =>
    tx.passkey.findMany({
      where: { personId },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
      orderBy: { createdAt: "asc" },
    }),
  );
}

const expiry = () => new Date(Date.now() + CHALLENGE_SECONDS * 1000);

async function keepChallenge(tx: Tx, challenge: string, personId: string | null) {
  await tx.passkeyChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await setScope(tx, { passkeyChallenge: challenge });
  await tx.passkeyChallenge.create({ data: { challenge, personId, expiresAt: expiry() } });
}

/** Uses a challenge once: of two uses, one finds it. */
async function takeChallenge(tx: Tx, challenge: string, personId: string | null): Promise<boolean> {
  await setScope(tx, { passkeyChallenge: challenge });
  const taken = await tx.passkeyChallenge.deleteMany({
    where: { challenge, personId, expiresAt: { gt: new Date() } },
  });
  return taken.count === 1;
}

/** What the browser needs to make a passkey for this person (a discoverable one, with the device's own check). */
export async function passkeyRegistrationOptions({
  personId,
}: AccountContext): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpId } = getConfig().passkeys;
  return withScope({ personId }, async (tx) => {
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { email: true, name: true, passkeys: { select: { credentialId: true, transports: true } } },
    });
    const options = await generateRegistrationOptions({
      rpName: "Harbour",
      rpID: rpId,
      userName: person.email,
      userDisplayName: person.name,
      userID: new TextEncoder().encode(personId),
      attestationType: "none",
      excludeCredentials: person.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
    });
    await keepChallenge(tx, options.challenge, personId);
    return options;
  });
}

const NOT_MADE = "That passkey could not be added. Try again, or use another device.";

/** Keeps the new passkey once its answer matches a challenge given to this person. */
export async function addPasskey(
  { personId }: AccountContext,
  input: { name: string; response: unknown },
): Promise<PasskeySummary> {
  const response = input.response as RegistrationResponseJSON;
  const challenge = challengeOf(response);
  const { origin, rpId } = getConfig().passkeys;
  return withScope({ personId }, async (tx) => {
    if (!challenge || !(await takeChallenge(tx, challenge, personId))) throw new UserError(NOT_MADE, "stale");
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: true,
    }).catch((error: unknown) => {
      logError(error, "passkey registration");
      return null;
    });
    if (!verified?.verified) throw new UserError(NOT_MADE, "validation");
    const { credential } = verified.registrationInfo;
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id } }))
      throw new UserError("This passkey is already on your account.", "conflict");
    const made = await tx.passkey.create({
      data: {
        personId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name: input.name,
      },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    });
    await audit(tx, {
      actorId: personId,
      action: "passkey.added",
      targetId: made.id,
      detail: { name: input.name },
    });
    return made;
  });
}

export async function removePasskey({ personId }: AccountContext, id: string): Promise<void> {
  await withScope({ personId }, async (tx) => {
    const found = await tx.passkey.findFirst({ where: { id, personId }, select: { name: true } });
    if (!found)
      throw new UserError("That passkey was not found. It may have been removed already.", "not_found");
    await tx.passkey.delete({ where: { id } });
    await audit(tx, {
      actorId: personId,
      action: "passkey.removed",
      targetId: id,
      detail: { name: found.name },
    });
  });
}

/** Gives a person's passkey a new name, to tell their devices apart. */
export async function renamePasskey(
  { personId }: AccountContext,
  input: { id: string; name: string },
): Promise<{ id: string; name: string }> {
  return withScope({ personId }, async (tx) => {
    const found = await tx.passkey.findFirst({ where: { id: input.id, personId }, select: { name: true } });
    if (!found)
      throw new UserError("That passkey was not found. It may have been removed already.", "not_found");
    await tx.passkey.update({ where: { id: input.id }, data: { name: input.name } });
    await audit(tx, {
      actorId: personId,
      action: "passkey.renamed",
      targetId: input.id,
      detail: { from: found.name, to: input.name },
    });
    return { id: input.id, name: input.name };
  });
}

/** A challenge for signing in with any passkey on the device (no account named, so none is revealed). */
export async function passkeySignInOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: getConfig().passkeys.rpId,
    userVerification: "required",
  });
  await withScope({}, (tx) => keepChallenge(tx, options.challenge, null));
  return options;
}

export type PasskeySignIn =
  { status: "signed-in"; person: SignedInPerson } | { status: "failed" } | { status: "provider-required" };

/**
 * Checks a passkey sign-in: the challenge was ours and unused, the passkey is known, and its
 * signature (made after the device's own PIN or fingerprint check) is good. The challenge is used
 * up whatever happens.
 */
export async function attemptPasskeySignIn(raw: unknown): Promise<PasskeySignIn> {
  const response = raw as AuthenticationResponseJSON;
  const challenge = challengeOf(response);
  if (!challenge || typeof response.id !== "string") return { status: "failed" };
  const { origin, rpId } = getConfig().passkeys;
  return withScope({ passkeyCredentialId: response.id }, async (tx) => {
    if (!(await takeChallenge(tx, challenge, null))) return { status: "failed" };
    const passkey = await tx.passkey.findUnique({ where: { credentialId: response.id } });
    if (!passkey) return { status: "failed" };
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
    }).catch(() => null);
    const personId = passkey.personId;
    await setScope(tx, { personId });
    if (!verified?.verified) {
      await audit(tx, { actorId: personId, action: "sign-in.failed", detail: { method: "passkey" } });
      return { status: "failed" };
    }
    if (await providerRequiredFor(tx, personId)) {
      await audit(tx, {
        actorId: personId,
        action: "sign-in.refused",
        detail: { refusal: "provider-required" },
      });
      return { status: "provider-required" };
    }
    await tx.passkey.update({
      where: { id: passkey.id },
      data: { counter: BigInt(verified.authenticationInfo.newCounter), lastUsedAt: new Date() },
    });
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    await audit(tx, { actorId: personId, action: "sign-in.succeeded", detail: { method: "passkey" } });
    return { status: "signed-in", person };
  });
}
