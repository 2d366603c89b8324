import { once } from "node:events";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "~/lib/errors";
import { readTable } from "./read-table.server";
import { checkUnpackedSize } from "./zip-check.server";

type Part = { name: string; data: Buffer; size: number };

/** A minimal zip writer, so the test can declare any size it likes (a lying archive too). */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` of zeros, deflated a chunk at a time (the test never holds the unpacked bytes). */
async function zeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(chunk)) await once(deflate, "drain");
  deflate.end();
  await once(deflate, "end");
  return Buffer.concat(out);
}

function keyOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.messageKey;
    throw error;
  }
  return undefined;
}

describe("an uploaded .xlsx is checked by its unpacked size", () => {
  it("refuses a bomb within a second and without unpacking it", async () => {
    const data = await zeros(448);
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data, size: 448 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const heap = process.memoryUsage().rss;
    const started = performance.now();
    await expect(readTable("deelnemers.xlsx", bomb)).rejects.toMatchObject({
      messageKey: "outcomes:import.unpackedTooBig",
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - heap).toBeLessThan(100 * 1024 * 1024);
  }, 30_000);

  it("stops an archive that declares small sizes but unpacks to more", async () => {
    const data = await zeros(8);
    const liar = zip([{ name: "xl/worksheets/sheet1.xml", data, size: 1024 }]);
    expect(keyOf(() => checkUnpackedSize(liar))).toBe("outcomes:import.unpackedTooBig");
  });

  it("lets an ordinary spreadsheet through", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Deelnemers");
    sheet.addRow(["voornaam", "achternaam"]);
    sheet.addRow(["Test", "Persoon"]);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(keyOf(() => checkUnpackedSize(body))).toBeUndefined();
    const table = await readTable("deelnemers.xlsx", body);
    expect(table.records).toHaveLength(1);
  });

  it("refuses what is not a zip at all", () => {
    const notZip = Buffer.from(deflateRawSync(Buffer.from("hallo")));
    expect(keyOf(() => checkUnpackedSize(notZip))).toBe("outcomes:import.unreadable");
  });
});
