import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** One .eml from the outbox folder, with its parts decoded enough to read texts, links and .ics files. */
export type SentMail = {
  to: string;
  header: (name: string) => string | undefined;
  /** The whole message with quoted-printable and base64 parts decoded. */
  text: string;
  /** The calendar attachments (.ics), decoded. */
  calendars: string[];
  /** The HTML alternative, decoded. */
  html: string | undefined;
};

const qp = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

function parts(raw: string): { headers: string; body: string }[] {
  const boundaries = [...raw.matchAll(/boundary="?([^"\r\n;]+)"?/g)].map((m) => m[1]);
  let chunks = [raw];
  for (const boundary of boundaries) chunks = chunks.flatMap((c) => c.split(`--${boundary}`));
  return chunks.map((chunk) => {
    const at = chunk.search(/\r?\n\r?\n/);
    return at < 0 ? { headers: chunk, body: "" } : { headers: chunk.slice(0, at), body: chunk.slice(at) };
  });
}

function decodePart(part: { headers: string; body: string }): string {
  if (/Content-Transfer-Encoding: base64/i.test(part.headers))
    return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(part.headers)) return qp(part.body);
  return part.body;
}

export function readOutbox(dir: string): SentMail[] {
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), "utf8");
      const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
      const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1]?.trim();
      const all = parts(raw);
      const decoded = all.map((p) => `${p.headers}\n${decodePart(p)}`);
      return {
        to: header("To") ?? "",
        header,
        text: decoded.join("\n"),
        calendars: all.filter((p) => /Content-Type: text\/calendar/i.test(p.headers)).map(decodePart),
        html: all.filter((p) => /Content-Type: text\/html/i.test(p.headers)).map(decodePart)[0],
      };
    });
}

export function emptyOutbox(dir: string): void {
  for (const file of readdirSync(dir)) rmSync(join(dir, file));
}
