import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { addMember } from "~/modules/centres/create-centre.server";
import { createTestDatabase } from "~/test/database";
import { insertCentre } from "~/test/factories";
import { changePassword } from "./password.server";
import { signInWithPassword, verifyTwoFactor } from "./sign-in.server";
import { totpCode } from "./totp";
import { finishTwoFactor, hasPassword, startTwoFactor, stopTwoFactor } from "./two-factor.server";
import { getViewer } from "./viewer.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A request carrying the cookies better-auth set, as a browser would send them back. */
function withCookies(headers: Headers, previous?: Request): Request {
  const jar = new Map<string, string>();
  for (const part of (previous?.headers.get("cookie") ?? "").split("; ").filter(Boolean)) {
    const [name, ...rest] = part.split("=");
    jar.set(name, rest.join("="));
  }
  for (const line of headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const [name, ...rest] = pair.split("=");
    const expired = attributes.some((a) => /max-age=0/i.test(a.trim()));
    if (expired) jar.delete(name.trim());
    else jar.set(name.trim(), rest.join("="));
  }
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  return new Request("http://localhost/account", { headers: { cookie } });
}

const fresh = () => new Request("http://localhost/login");

describe("two-factor sign-in for staff", () => {
  it("is switched on with a code from the app, then asked at every sign-in, and can be switched off", async () => {
    const centre = await insertCentre(database.db);
    const email = `tfa-${centre.slug}@example.org`;
    const password = "een lang wachtwoord";
    await addMember(database.db, { centreId: centre.id, name: "Tia Twee", email, role: "admin", password });

    const first = await signInWithPassword(database.db, fresh(), email, password);
    expect(first.twoFactor).toBe(false);
    const signedIn = withCookies(first.headers);
    expect(
      await hasPassword(database.db, (await getViewer(new Request(signedIn), database.db))!.userId),
    ).toBe(true);

    await expect(startTwoFactor(database.db, signedIn, "fout wachtwoord")).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "auth:account.wrongPassword",
    });
    const setup = await startTwoFactor(database.db, signedIn, password);
    expect(setup.backupCodes.length).toBeGreaterThan(5);
    const secret = setup.secret.replaceAll(" ", "");
    expect(setup.totpURI).toContain(`secret=${secret}`);

    await expect(finishTwoFactor(database.db, signedIn, "000000")).rejects.toMatchObject({ code: "INVALID" });
    expect((await getViewer(new Request(signedIn), database.db))?.twoFactorEnabled).toBe(false);
    const after = withCookies(await finishTwoFactor(database.db, signedIn, totpCode(secret)), signedIn);
    expect((await getViewer(after, database.db))?.twoFactorEnabled).toBe(true);

    // next sign-in: the password alone gives no session, the code from the app does
    const second = await signInWithPassword(database.db, fresh(), email, password);
    expect(second.twoFactor).toBe(true);
    const pending = withCookies(second.headers);
    expect(await getViewer(pending, database.db)).toBeNull();
    await expect(verifyTwoFactor(database.db, pending, "123456")).rejects.toMatchObject({ code: "INVALID" });
    const done = await verifyTwoFactor(database.db, pending, totpCode(secret));
    const viewer = await getViewer(withCookies(done.headers, pending), database.db);
    expect(viewer?.email).toBe(email);

    // a backup code works once instead of the app
    const third = await signInWithPassword(database.db, fresh(), email, password);
    const viaBackup = await verifyTwoFactor(database.db, withCookies(third.headers), setup.backupCodes[0]);
    expect(await getViewer(withCookies(viaBackup.headers), database.db)).not.toBeNull();

    const off = withCookies(await stopTwoFactor(database.db, after, password), after);
    expect((await getViewer(off, database.db))?.twoFactorEnabled).toBe(false);
    expect((await signInWithPassword(database.db, fresh(), email, password)).twoFactor).toBe(false);
  });

  it("has no password for people who sign in with a code", async () => {
    const centre = await insertCentre(database.db);
    const email = `code-${centre.slug}@example.org`;
    const { userId } = await addMember(database.db, {
      centreId: centre.id,
      name: "Eva",
      email,
      role: "expert",
    });
    expect(await hasPassword(database.db, userId)).toBe(false);
  });

  it("lets staff change their first password; the old one stops working", async () => {
    const centre = await insertCentre(database.db);
    const email = `pw-${centre.slug}@example.org`;
    await addMember(database.db, {
      centreId: centre.id,
      name: "Piet",
      email,
      role: "coordinator",
      password: "eerste wachtwoord",
    });
    const signedIn = withCookies(
      (await signInWithPassword(database.db, fresh(), email, "eerste wachtwoord")).headers,
    );
    await expect(
      changePassword(database.db, signedIn, {
        currentPassword: "niet goed",
        newPassword: "tweede wachtwoord",
      }),
    ).rejects.toMatchObject({ code: "INVALID", messageKey: "auth:account.wrongPassword" });
    await changePassword(database.db, signedIn, {
      currentPassword: "eerste wachtwoord",
      newPassword: "tweede wachtwoord",
    });
    await expect(signInWithPassword(database.db, fresh(), email, "eerste wachtwoord")).rejects.toMatchObject({
      code: "INVALID",
    });
    expect((await signInWithPassword(database.db, fresh(), email, "tweede wachtwoord")).twoFactor).toBe(
      false,
    );
  });
});
