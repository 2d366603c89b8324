import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { chromiumPath } from "~/lib/pdf.server";
import { createTestDatabase } from "~/test/database";
import { insertCentre, insertExpertWithLogin } from "~/test/factories";
import { personDataPdf } from "./data-pdf.server";
import { collectOwnData } from "./person-data.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("my data as a PDF", () => {
  it.skipIf(!chromiumPath())("holds the same records as the page, in plain words", async () => {
    const centre = await insertCentre(database.db, { name: "Centrum PDF" });
    const { actor } = await insertExpertWithLogin(database.db, centre.id, {
      firstName: "Pleun",
      lastName: "Papier",
      profileText: "Ik vertel over schulden en schaamte.",
    });
    const data = await collectOwnData(database.db, { ...actor, centreName: "Centrum PDF" });
    const body = await personDataPdf(data, "nl");
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(join(tmpdir(), "tandem-data-"));
    writeFileSync(join(dir, "data.pdf"), body);
    const text = execFileSync("/usr/bin/pdftotext", [join(dir, "data.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Mijn gegevens");
    expect(text).toContain("Gegevens in de pool");
    expect(text).toContain("Ik vertel over schulden en schaamte.");
    expect(text).toContain("Pagina 1 van");
  });
});
