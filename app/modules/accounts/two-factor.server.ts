import { APIError } from "better-auth/api";
import type { Db } from "~/db/client.server";
import { CLIENT_ADDRESS_HEADER } from "~/db/rate-limit.server";
import { AppError } from "~/lib/errors";
import { getAuth } from "./auth.server";
import { groupSecret, secretFromUri } from "./totp";

/** What the account page shows while two-factor sign-in is being switched on. */
export type TwoFactorSetup = { totpURI: string; secret: string; backupCodes: string[] };

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
    return toSetup(result.totpURI, result.backupCodes);
  } catch (error) {
    if (error instanceof APIError) throw wrongPassword();
    throw error;
  }
}

export function toSetup(totpURI: string, backupCodes: string[]): TwoFactorSetup {
  return { totpURI, secret: groupSecret(secretFromUri(totpURI)), backupCodes };
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
