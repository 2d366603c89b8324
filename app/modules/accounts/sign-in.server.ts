import { createHash } from "node:crypto";
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { CLIENT_ADDRESS_HEADER, clientAddress, withinRateLimit } from "~/db/rate-limit.server";
import { user } from "~/db/schema";
import { AppError } from "~/lib/errors";
import { getAuth } from "./auth.server";
import { withSignInNext } from "./sign-in-mail.server";

/** Headers from better-auth (Set-Cookie) to pass on in the redirect after a sign-in step. */
export type AuthHeaders = { headers: Headers; twoFactor: boolean };

function forwardedHeaders(request: Request): Headers {
  const headers = new Headers();
  for (const name of ["cookie", "user-agent", CLIENT_ADDRESS_HEADER]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

const accountKey = (email: string) =>
  createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32);

async function limit(db: Db, request: Request, what: string, email: string) {
  const address = clientAddress(request);
  const okAddress = await withinRateLimit(db, `${what}:ip:${address}`, 30, 15 * 60);
  const okEmail = await withinRateLimit(db, `${what}:email:${accountKey(email)}`, 10, 15 * 60);
  if (!okAddress || !okEmail) throw new AppError("RATE_LIMITED");
}

/** Guesses at an e-mail code per account per day (in the database, across processes), on top of 10 per 15 minutes. */
export const codeGuessesPerDay = 20;

async function dailyCodeLimit(db: Db, email: string) {
  const ok = await withinRateLimit(
    db,
    `code-check:day:${accountKey(email)}`,
    codeGuessesPerDay,
    24 * 60 * 60,
  );
  if (!ok) throw new AppError("RATE_LIMITED");
}

/** Signs in with e-mail and password. Throws INVALID on a wrong pair; `twoFactor` means a TOTP step follows. */
export async function signInWithPassword(
  db: Db,
  request: Request,
  email: string,
  password: string,
): Promise<AuthHeaders> {
  await limit(db, request, "password", email);
  const auth = await getAuth(db);
  try {
    const result = await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: forwardedHeaders(request),
      returnHeaders: true,
    });
    const response = result.response as { twoFactorRedirect?: boolean };
    return { headers: result.headers, twoFactor: Boolean(response.twoFactorRedirect) };
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "auth:login.failed", { password: ["auth:login.failed"] });
    throw error;
  }
}

/** Sends a one-time code by e-mail. Says nothing about whether the address is known. */
export async function sendSignInCode(
  db: Db,
  request: Request,
  email: string,
  options: { next?: string } = {},
): Promise<void> {
  await limit(db, request, "code", email);
  const auth = await getAuth(db);
  try {
    await withSignInNext(options.next, () =>
      auth.api.sendVerificationOTP({
        body: { email, type: "sign-in" },
        headers: forwardedHeaders(request),
      }),
    );
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
  }
}

export async function signInWithCode(
  db: Db,
  request: Request,
  email: string,
  code: string,
): Promise<AuthHeaders> {
  await limit(db, request, "code-check", email);
  await dailyCodeLimit(db, email);
  const auth = await getAuth(db);
  try {
    const result = await auth.api.signInEmailOTP({
      body: { email, otp: code },
      headers: forwardedHeaders(request),
      returnHeaders: true,
    });
    if (await usesTwoFactor(db, email)) {
      // the mailbox alone is one factor: whoever has an app code signs in with password and app
      await (await auth.$context).internalAdapter.deleteSession(result.response.token);
      throw new AppError("INVALID", "auth:code.useTwoFactor", { code: ["auth:code.useTwoFactor"] });
    }
    return { headers: result.headers, twoFactor: false };
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "auth:code.failed", { code: ["auth:code.failed"] });
    throw error;
  }
}

/** The two-factor step's cookie (one per password sign-in waiting for its code). */
function pendingSignIn(request: Request): string | undefined {
  return (request.headers.get("cookie") ?? "").match(
    /(?:^|;\s*)(?:__Secure-)?better-auth\.two_factor=([^;]+)/,
  )?.[1];
}

async function usesTwoFactor(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ on: user.twoFactorEnabled })
    .from(user)
    .where(eq(user.email, email.toLowerCase()));
  return Boolean(row?.on);
}

export async function verifyTwoFactor(db: Db, request: Request, code: string): Promise<AuthHeaders> {
  // per pending sign-in (the two-factor cookie), not per address: many staff share one office address
  await limit(db, request, "totp", pendingSignIn(request) ?? clientAddress(request));
  const auth = await getAuth(db);
  const headers = forwardedHeaders(request);
  try {
    const result =
      code.length > 6
        ? await auth.api.verifyBackupCode({
            body: { code, trustDevice: false },
            headers,
            returnHeaders: true,
          })
        : await auth.api.verifyTOTP({ body: { code, trustDevice: false }, headers, returnHeaders: true });
    return { headers: result.headers, twoFactor: false };
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "auth:twoFactor.failed", { code: ["auth:twoFactor.failed"] });
    throw error;
  }
}

export async function signOut(db: Db, request: Request): Promise<Headers> {
  const auth = await getAuth(db);
  try {
    const result = await auth.api.signOut({ headers: forwardedHeaders(request), returnHeaders: true });
    return result.headers;
  } catch {
    return new Headers();
  }
}
