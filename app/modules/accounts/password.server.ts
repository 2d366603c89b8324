import { APIError } from "better-auth/api";
import { z } from "zod";
import type { Db } from "~/db/client.server";
import { CLIENT_ADDRESS_HEADER } from "~/db/rate-limit.server";
import { AppError } from "~/lib/errors";
import { getAuth } from "./auth.server";
import { assertStrongPassword } from "./password-strength.server";

export const changePasswordInput = z.object({
  currentPassword: z
    .string({ error: "validation.required" })
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
  newPassword: z
    .string({ error: "validation.required" })
    .min(10, "validation.passwordTooShort")
    .max(200, "validation.tooLong"),
});

/** Changes the signed-in person's password and signs out their other devices. Returns the new session cookie. */
export async function changePassword(
  db: Db,
  request: Request,
  input: z.infer<typeof changePasswordInput>,
): Promise<Headers> {
  await assertStrongPassword(input.newPassword, "newPassword");
  const auth = await getAuth(db);
  const headers = new Headers();
  for (const name of ["cookie", "user-agent", CLIENT_ADDRESS_HEADER]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  try {
    const result = await auth.api.changePassword({
      body: {
        currentPassword: input.currentPassword,
        newPassword: input.newPassword,
        revokeOtherSessions: true,
      },
      headers,
      returnHeaders: true,
    });
    return result.headers;
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID", "auth:account.wrongPassword", {
        currentPassword: ["auth:account.wrongPassword"],
      });
    throw error;
  }
}
