// A real SMTP server on a local port, just enough of RFC 5321 for nodemailer: it keeps every
// message it accepts, and refuses recipients whose address contains "bounce".
import net from "node:net";

export type Received = { from: string; to: string[]; data: string };

export async function startSmtp(): Promise<{
  url: string;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let current: Received = { from: "", to: [], data: "" };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost test SMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            reply("250 queued");
          } else current.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 localhost");
        else if (verb === "MAIL") ((current.from = line.slice(10).trim()), reply("250 OK"));
        else if (verb === "RCPT") {
          const to = line.slice(8).trim().replace(/[<>]/g, "");
          if (to.includes("bounce")) reply("550 no such mailbox");
          else (current.to.push(to), reply("250 OK"));
        } else if (verb === "DATA") ((inData = true), reply("354 go ahead"));
        else if (verb === "RSET") ((current = { from: "", to: [], data: "" }), reply("250 OK"));
        else if (verb === "QUIT") (reply("221 bye"), socket.end());
        else reply("250 OK");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
