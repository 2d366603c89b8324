import { APIError } from "better-auth/api";
import { symmetricEncrypt } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db } from "~/db/client.server";
import { CLIENT_ADDRESS_HEADER } from "~/db/rate-limit.server";
import { twoFactor as twoFactorTable, user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { getAuth } from "./auth.server";
import { assertStrongPassword } from "./password-strength.server";
import { groupSecret, secretFromUri } from "./totp";

/** What the account and enrolment pages show while two-factor sign-in is being switched on. */
export type TwoFactorSetup = { totpURI: string; secret: string; backupCodes: string[]; qr: QrPath };

/** A QR code as one SVG path (dark modules as unit squares) in a `size`×`size` box with a quiet zone. */
export type QrPath = { size: number; path: string };

/** The QR code of the otpauth URI, made on the server with the qrcode package; the page draws it as inline SVG. */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const margin = 2;
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++)
      if (modules.get(y, x)) parts.push(`M${x + margin} ${y + margin}h1v1h-1z`);
  return { size: modules.size + 2 * margin, path: parts.join("") };
}

function sessionHeaders(request: Request): Headers {
  const headers = new Headers();
  for (const name of ["cookie", "user-agent", CLIENT_ADDRESS_HEADER]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

function wrongPassword(): AppError {
  return new AppError("INVALID", "auth:account.wrongPassword", { password: ["auth:account.wrongPassword"] });
}

/** True when the person has a password (staff); people who sign in by code have none. */
export async function hasPassword(db: Db, userId: string): Promise<boolean> {
  const context = await (await getAuth(db)).$context;
  const accounts = await context.internalAdapter.findAccounts(userId);
  return accounts.some((a) => a.providerId === "credential");
}

/** Step 1: checks the password and makes a new secret. Not on yet: the app's first code finishes it. */
export async function startTwoFactor(db: Db, request: Request, password: string): Promise<TwoFactorSetup> {
  const auth = await getAuth(db);
  try {
    const result = await auth.api.enableTwoFactor({ body: { password }, headers: sessionHeaders(request) });
    if (result.method !== "totp") throw new AppError("CONFLICT");
    return await toSetup(result.totpURI, result.backupCodes);
  } catch (error) {
    if (error instanceof APIError) throw wrongPassword();
    throw error;
  }
}

/** The setup as shown: the QR code is made here, on the server (no script, no image request). */
export async function toSetup(totpURI: string, backupCodes: string[]): Promise<TwoFactorSetup> {
  return { totpURI, secret: groupSecret(secretFromUri(totpURI)), backupCodes, qr: qrPath(totpURI) };
}

/**
 * A staff member who signed in by e-mail code and has no password yet chooses one (checked against
 * common passwords) before switching on two-factor sign-in, which needs it.
 */
export async function setFirstPassword(db: Db, request: Request, password: string): Promise<void> {
  await assertStrongPassword(password, "password");
  const auth = await getAuth(db);
  try {
    await auth.api.setPassword({ body: { newPassword: password }, headers: sessionHeaders(request) });
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "validation.passwordTooShort", {
        password: ["validation.passwordTooShort"],
      });
    throw error;
  }
}

/** Step 2: a correct code from the app switches it on. Returns the new session cookie. */
export async function finishTwoFactor(db: Db, request: Request, code: string): Promise<Headers> {
  const auth = await getAuth(db);
  try {
    const result = await auth.api.verifyTOTP({
      body: { code, trustDevice: false },
      headers: sessionHeaders(request),
      returnHeaders: true,
    });
    return result.headers;
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "auth:twoFactor.failed", { code: ["auth:twoFactor.failed"] });
    throw error;
  }
}

/** Switches two-factor sign-in off after checking the password. Returns the new session cookie. */
export async function stopTwoFactor(db: Db, request: Request, password: string): Promise<Headers> {
  const auth = await getAuth(db);
  try {
    const result = await auth.api.disableTwoFactor({
      body: { password },
      headers: sessionHeaders(request),
      returnHeaders: true,
    });
    return result.headers;
  } catch (error) {
    if (error instanceof APIError) throw wrongPassword();
    throw error;
  }
}

/**
 * Switches two-factor sign-in on with a given secret, without the app step: for the journeys'
 * prepared staff (e2e/prepare.ts), who type codes computed from that secret. The secret is the raw
 * string better-auth keeps (encrypted); its base32 form is what an app would get from the QR code.
 */
export async function enrolWithSecret(db: Db, userId: string, secret: string): Promise<void> {
  const context = await (await getAuth(db)).$context;
  const encrypt = (data: string) => symmetricEncrypt({ key: context.secretConfig, data });
  await db.insert(twoFactorTable).values({
    userId,
    secret: await encrypt(secret),
    backupCodes: await encrypt(JSON.stringify([])),
    verified: true,
  });
  await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, userId));
}
