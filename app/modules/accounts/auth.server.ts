import { randomBytes } from "node:crypto";
import { drizzleAdapter } from "@better-auth/drizzle-adapter";
import { betterAuth } from "better-auth";
import { emailOTP } from "better-auth/plugins/email-otp";
import { twoFactor } from "better-auth/plugins/two-factor";
import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { CLIENT_ADDRESS_HEADER } from "~/db/rate-limit.server";
import {
  account,
  appSettings,
  rateLimit,
  session,
  twoFactor as twoFactorTable,
  user,
  verification,
} from "~/db/schema";
import { baseUrl } from "~/lib/config.server";
import { membershipsOf, startingCentre } from "./session-centre.server";
import { sendSignInCode } from "./sign-in-mail.server";

/** AUTH_SECRET, or a secret generated once and kept in the database so restarts keep sessions valid. */
async function authSecret(db: Db): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  await db
    .insert(appSettings)
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, "auth_secret"));
  return row.value;
}

async function createAuth(db: Db) {
  return betterAuth({
    appName: "Tandem",
    baseURL: baseUrl(),
    secret: await authSecret(db),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, twoFactor: twoFactorTable, rateLimit },
    }),
    advanced: {
      // joins: a session with its user in one query (the relations in db/schema/auth.ts)
      database: { generateId: "uuid", joins: true },
      useSecureCookies: baseUrl().startsWith("https://"),
      // The address server.mjs sets (socket or trusted proxy), never a client's X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      additionalFields: {
        activeCentreId: { type: "string", required: false, input: false },
        lastSeenAt: { type: "date", required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          /** The centre a session works in is fixed here, at sign-in; see viewer.server.ts. */
          before: async (data, context) => {
            const list = await membershipsOf(db, data.userId);
            const centreId = startingCentre(list, context?.headers?.get("cookie"));
            return { data: { ...data, activeCentreId: centreId, lastSeenAt: new Date() } };
          },
        },
      },
    },
    user: {
      additionalFields: { locale: { type: "string", required: false, defaultValue: "nl", input: false } },
    },
    rateLimit: { enabled: true, storage: "database", window: 60, max: 60 },
    telemetry: { enabled: false },
    plugins: [
      twoFactor({ issuer: "Tandem", skipVerificationOnEnable: false }),
      emailOTP({
        disableSignUp: true,
        otpLength: 6,
        expiresIn: 15 * 60,
        allowedAttempts: 5,
        sendVerificationOTP: async ({ email, otp, type }) => {
          if (type === "sign-in") await sendSignInCode(db, email, otp);
        },
      }),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const instances = new WeakMap<Db, Promise<Auth>>();

/** The better-auth instance for a database (one per process, one per test database). */
export function getAuth(db: Db): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = createAuth(db);
    instances.set(db, auth);
  }
  return auth;
}

/** Creates a login. With a password for staff; experts and client contacts sign in with a code by e-mail. */
export async function createLogin(db: Db, input: { name: string; email: string; password?: string }) {
  const context = await (await getAuth(db)).$context;
  const created = await context.internalAdapter.createUser(
    { name: input.name, email: input.email.toLowerCase(), emailVerified: true },
    { method: "admin" },
  );
  if (input.password) {
    await context.internalAdapter.linkAccount({
      userId: created.id,
      providerId: "credential",
      accountId: created.id,
      password: await context.password.hash(input.password),
    });
  }
  return { id: created.id };
}
