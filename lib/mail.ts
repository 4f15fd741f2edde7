import "server-only";
import nodemailer from "nodemailer";
import { getConfig } from "./config";
import { logError } from "./log";

export type Mail = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/** Sends when SMTP is configured; returns false (and the caller shows the message in the app) when not or on failure. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { smtp } = getConfig();
  if (!smtp) return false;
  transport ??= nodemailer.createTransport(smtp.url);
  try {
    await transport.sendMail({ from: smtp.from, ...mail });
    return true;
  } catch (error) {
    logError(error, "sendMail");
    return false;
  }
}
