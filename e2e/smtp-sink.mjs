// A real SMTP server for the journeys: every message the app sends is stored as an .eml file.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";

const [port, dir] = [Number(process.argv[2] ?? 3925), process.argv[3] ?? "e2e/.run/mail"];
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(",");
      n += 1;
      writeFileSync(
        `${dir}/${Date.now()}-${String(n).padStart(4, "0")}.eml`,
        `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks)}`,
      );
      callback();
    });
  },
});
server.listen(port, "127.0.0.1");
