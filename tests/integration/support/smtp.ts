// A real SMTP server on a local port (the smtp-server package, by the makers of nodemailer): it keeps
// every message it accepts, and refuses recipients whose address contains "bounce".
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";

export type Received = { from: string; to: string[]; data: string };

export async function startSmtp(): Promise<{
  url: string;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes("bounce")) callback(new Error("550 no such mailbox"));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          // Lines as the message has them, without the wire's CRLF.
          data: Buffer.concat(chunks).toString("utf8").replace(/\r\n/g, "\n"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A real SMTP server for the whole test file: SMTP_URL points at it before any test runs (the
 * configuration is read once per file) and is put back, and the server closed, afterwards.
 */
export async function smtpForThisFile(): Promise<Awaited<ReturnType<typeof startSmtp>>> {
  const smtp = await startSmtp();
  const before = process.env.SMTP_URL;
  beforeAll(() => {
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = before;
    await smtp.close();
  });
  return smtp;
}
