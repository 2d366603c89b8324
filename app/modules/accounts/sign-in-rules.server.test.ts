import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { session } from "~/db/schema";
import { addMember, setupCentre } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import { insertCentre } from "~/test/factories";
import { freshRequest, withCookies } from "~/test/sessions";
import { changePassword } from "./password.server";
import { passwordProblem } from "./password-strength.server";
import { mustUseTwoFactor } from "./permissions";
import { idleState, staffIdleMinutes } from "./session-centre.server";
import {
  codeGuessesPerDay,
  sendSignInCode,
  signInWithCode,
  signInWithPassword,
  verifyTwoFactor,
} from "./sign-in.server";
import { base32Encode, totpCode } from "./totp";
import { enrolWithSecret, finishTwoFactor, startTwoFactor, toSetup } from "./two-factor.server";
import { getViewer } from "./viewer.server";

let database: Database;
const outbox = mkdtempSync(join(tmpdir(), "tandem-outbox-"));
beforeAll(async () => {
  process.env.OUTBOX_DIR = outbox;
  database = await createTestDatabase();
});
afterAll(() => database.close());

const password = "groene tram naar zee";

async function staffSignedIn(role: "admin" | "coordinator" | "expert" = "coordinator") {
  const centre = await insertCentre(database.db);
  const email = `${role}-${centre.slug}@example.org`;
  await addMember(database.db, { centreId: centre.id, name: "Stef Staf", email, role, password });
  const request = withCookies(
    (await signInWithPassword(database.db, freshRequest(), email, password)).headers,
  );
  return { centre, email, request };
}

/** Moves every counter of these keys back, as if the window had passed. */
async function windowPasses(keyLike: string) {
  await database.db.execute(
    sql`update rate_counters set window_start = now() - interval '16 minutes' where key like ${keyLike}`,
  );
}

async function codeFromOutbox(email: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    for (const file of readdirSync(outbox).sort().reverse()) {
      const text = readFileSync(join(outbox, file), "utf8");
      if (text.includes(`To: ${email}`)) return text.match(/Uw inlogcode is: (\d{6})/)?.[1] ?? "";
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no code mail");
}

describe("staff passwords", () => {
  it("refuses common and easy passwords, accepts a long phrase", async () => {
    expect(await passwordProblem("1234567890")).toBe("common");
    expect(await passwordProblem("password123")).toBe("common");
    expect(await passwordProblem("Wachtwoord1!")).toBe("weak");
    expect(await passwordProblem("groene tram naar zee")).toBeNull();
  });

  it("the first-run setup and a password change refuse 1234567890 next to the field", async () => {
    await expect(
      setupCentre(database.db, {
        centreName: "Centrum Zwak",
        slug: "centrum-zwak",
        adminName: "Bert Beheer",
        email: "bert@zwak.example",
        password: "1234567890",
      }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { password: ["validation.passwordCommon"] } });
    const { request } = await staffSignedIn();
    await expect(
      changePassword(database.db, request, { currentPassword: password, newPassword: "qwertyuiop" }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { newPassword: ["validation.passwordCommon"] } });
  });
});

describe("e-mail code guesses", () => {
  it("are limited per account per day, not only per 15 minutes", async () => {
    const centre = await insertCentre(database.db);
    const email = `raad-${centre.slug}@example.org`;
    await addMember(database.db, { centreId: centre.id, name: "Rik Raad", email, role: "expert" });
    const guess = (i: number) =>
      signInWithCode(
        database.db,
        new Request("http://localhost/login/code", { headers: { "x-forwarded-for": `10.0.0.${i % 250}` } }),
        email,
        "000000",
      );
    let refused = 0;
    for (let i = 0; i < codeGuessesPerDay + 5; i++) {
      if (i > 0 && i % 10 === 0) await windowPasses("code-check:%:%"); // the 15-minute windows pass
      await windowPasses("code-check:ip:%");
      const result = await guess(i).catch((error: { code: string }) => error.code);
      if (result === "RATE_LIMITED") refused++;
    }
    expect(refused).toBe(5);
  });
});

describe("staff sessions", () => {
  it("end after STAFF_IDLE_MINUTES without a request; the last-seen time is written at most once a minute", async () => {
    expect(staffIdleMinutes()).toBe(30);
    const now = new Date("2026-12-01T10:00:00Z");
    expect(idleState(new Date(now.getTime() - 30_000), now, 30)).toBe("active");
    expect(idleState(new Date(now.getTime() - 61_000), now, 30)).toBe("touch");
    expect(idleState(new Date(now.getTime() - 31 * 60_000), now, 30)).toBe("expired");
    expect(idleState(new Date(now.getTime() - 31 * 60_000), now, null)).toBe("touch");

    const { request } = await staffSignedIn("coordinator");
    const viewer = await getViewer(request, database.db);
    expect(viewer).not.toBeNull();
    const id = viewer!.sessionId;
    const seen = async () =>
      (await database.db.select({ at: session.lastSeenAt }).from(session).where(eq(session.id, id)))[0]?.at;
    const first = await seen();
    await getViewer(new Request(request), database.db);
    expect((await seen())?.getTime()).toBe(first?.getTime()); // not written again within a minute

    await database.db.execute(
      sql`update session set last_seen_at = now() - interval '2 minutes' where id = ${id}`,
    );
    await getViewer(new Request(request), database.db);
    expect(Date.now() - ((await seen())?.getTime() ?? 0)).toBeLessThan(10_000);

    await database.db.execute(
      sql`update session set last_seen_at = now() - interval '31 minutes' where id = ${id}`,
    );
    expect(await getViewer(new Request(request), database.db)).toBeNull();
    expect(await seen()).toBeUndefined(); // the session is gone
  });

  it("an expert's session has no idle limit (only the absolute one)", async () => {
    const { request } = await staffSignedIn("expert");
    const viewer = await getViewer(new Request(request), database.db);
    await database.db.execute(
      sql`update session set last_seen_at = now() - interval '3 hours' where id = ${viewer!.sessionId}`,
    );
    expect(await getViewer(new Request(request), database.db)).not.toBeNull();
  });
});

describe("two-factor sign-in for admins and coordinators", () => {
  it("is required for admins and coordinators only", () => {
    expect(mustUseTwoFactor("admin")).toBe(true);
    expect(mustUseTwoFactor("coordinator")).toBe(true);
    expect(mustUseTwoFactor("funder")).toBe(false);
    expect(mustUseTwoFactor("expert")).toBe(false);
  });

  it("shows a QR code (a path for inline SVG) next to the key", async () => {
    const setup = await toSetup(
      "otpauth://totp/Tandem:a%40b.example?secret=JBSWY3DPEHPK3PXP&issuer=Tandem",
      [],
    );
    expect(setup.qr.size).toBeGreaterThan(20);
    expect(setup.qr.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect(setup.secret).toBe("JBSW Y3DP EHPK 3PXP");
  });

  it("can be switched on with a known secret for prepared staff (the journeys)", async () => {
    const centre = await insertCentre(database.db);
    const email = `vooraf-${centre.slug}@example.org`;
    const { userId } = await addMember(database.db, {
      centreId: centre.id,
      name: "Vera",
      email,
      role: "admin",
      password,
    });
    const secret = "e2e-secret-for-journeys-0123456";
    await enrolWithSecret(database.db, userId, secret);
    const step = await signInWithPassword(database.db, freshRequest(), email, password);
    expect(step.twoFactor).toBe(true);
    const done = await verifyTwoFactor(
      database.db,
      withCookies(step.headers),
      totpCode(base32Encode(Buffer.from(secret))),
    );
    expect((await getViewer(withCookies(done.headers), database.db))?.twoFactorEnabled).toBe(true);
  });

  it("counts app-code tries per pending sign-in, so colleagues behind one address are not locked out", async () => {
    await database.db.execute(sql`delete from rate_counters where key like 'totp:%'`);
    const centre = await insertCentre(database.db);
    const secret = "e2e-secret-for-journeys-0123456";
    for (const n of [1, 2]) {
      const email = `collega${n}-${centre.slug}@example.org`;
      const { userId } = await addMember(database.db, {
        centreId: centre.id,
        name: "Col",
        email,
        role: "coordinator",
        password,
      });
      await enrolWithSecret(database.db, userId, secret);
      for (let i = 0; i < 6; i++) {
        const step = await signInWithPassword(database.db, freshRequest(), email, password);
        await verifyTwoFactor(
          database.db,
          withCookies(step.headers),
          totpCode(base32Encode(Buffer.from(secret))),
        );
      }
    }
  });

  it("once switched on, an e-mail code alone no longer signs the person in", async () => {
    const { email, request } = await staffSignedIn("admin");
    const setup = await startTwoFactor(database.db, request, password);
    await finishTwoFactor(database.db, request, totpCode(setup.secret.replaceAll(" ", "")));
    await sendSignInCode(database.db, freshRequest(), email);
    const code = await codeFromOutbox(email);
    const before = await database.db.select({ id: session.id }).from(session);
    await expect(signInWithCode(database.db, freshRequest(), email, code)).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "auth:code.useTwoFactor",
    });
    expect((await database.db.select({ id: session.id }).from(session)).length).toBe(before.length);
  });
});
