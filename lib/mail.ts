import "server-only";
import nodemailer from "nodemailer";
import { getConfig } from "./config";
import { getPrisma } from "./db/client";
import { logError } from "./log";

export type Mail = {
  to: string;
  subject: string;
  /** The plain-text part: every email has one. */
  text: string;
  /** What kind of email, for the operator's counts of mail sent and failed (lib/jobs jobHealth). */
  kind?: string;
  /** Reminders carry a one-click unsubscribe link (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
};

let transport: nodemailer.Transporter | undefined;

/** Sends when SMTP is configured; returns false (and the caller shows the message in the app) when not or on failure. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { smtp } = getConfig();
  if (!smtp) return false;
  transport ??= nodemailer.createTransport(smtp.url);
  const { kind = "other", unsubscribeUrl, ...message } = mail;
  let ok = false;
  try {
    await transport.sendMail({
      from: smtp.from,
      ...message,
      ...(unsubscribeUrl && {
        list: { unsubscribe: unsubscribeUrl },
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }),
    });
    ok = true;
  } catch (error) {
    logError(error, "sendMail");
  }
  await recordOutcome(kind, ok);
  return ok;
}

// Only a kind, a time and an outcome: no address, no body, no school (the table has no policy).
async function recordOutcome(kind: string, ok: boolean): Promise<void> {
  try {
    await (await getPrisma()).mailOutcome.create({ data: { kind, ok } });
  } catch (error) {
    logError(error, "recordMailOutcome");
  }
}
