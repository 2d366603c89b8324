import { inflateRawSync } from "node:zlib";
import { AppError } from "~/lib/errors";

/** What an uploaded .xlsx may unpack to in total (a trainee list of 5,000 rows is a few MB). */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const tooBig = () => new AppError("INVALID", "outcomes:import.unpackedTooBig");
const unreadable = () => new AppError("INVALID", "outcomes:import.unreadable");

type Entry = { method: number; compressed: number; size: number; localOffset: number };

/** The central directory's entries, read from the end-of-directory record (no unpacking). */
function entries(body: Buffer): Entry[] {
  const from = Math.max(0, body.length - 22 - 0xffff);
  let end = -1;
  for (let i = body.length - 22; i >= from; i--) {
    if (body.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = body.readUInt16LE(end + 10);
  const offset = body.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no spreadsheet of this size needs.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) throw tooBig();
  const list: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > body.length || body.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const entry = {
      method: body.readUInt16LE(at + 10),
      compressed: body.readUInt32LE(at + 20),
      size: body.readUInt32LE(at + 24),
      localOffset: body.readUInt32LE(at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) throw tooBig();
    list.push(entry);
    at += 46 + body.readUInt16LE(at + 28) + body.readUInt16LE(at + 30) + body.readUInt16LE(at + 32);
  }
  return list;
}

/**
 * Refuses a zip (an .xlsx) that unpacks to more than `maxBytes`, before anything unpacks it: first by
 * the sizes the central directory declares, then by inflating each entry with its declared size as a
 * hard ceiling, so a file that lies about its sizes is stopped at that ceiling too.
 */
export function checkUnpackedSize(body: Buffer, maxBytes = MAX_UNPACKED_BYTES): void {
  const list = entries(body);
  const declared = list.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxBytes) throw tooBig();
  for (const entry of list) {
    const at = entry.localOffset;
    if (at + 30 > body.length || body.readUInt32LE(at) !== 0x04034b50) throw unreadable();
    const start = at + 30 + body.readUInt16LE(at + 26) + body.readUInt16LE(at + 28);
    const data = body.subarray(start, start + entry.compressed);
    if (entry.method === 0) {
      if (entry.compressed !== entry.size) throw unreadable();
      continue;
    }
    if (entry.method !== 8) throw unreadable();
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      if (error instanceof RangeError) throw tooBig();
      throw unreadable();
    }
  }
}
