import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { createTestDatabase } from "~/test/database";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./rate-limit.server";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const loginRequest = (headers: Record<string, string>) =>
  new Request("http://localhost/login", { method: "POST", headers });

describe("rate limits are keyed on the address the server saw", () => {
  it("ignores X-Forwarded-For and X-Real-IP, which any client can set", () => {
    const a = loginRequest({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" });
    const b = loginRequest({ "x-forwarded-for": "198.51.100.3" });
    expect(clientAddress(a)).toBe(clientAddress(b));
    expect(clientAddress(loginRequest({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("rotating X-Forwarded-For does not get past the log-in limit", async () => {
    let limited = 0;
    for (let i = 0; i < 40; i++) {
      const request = loginRequest({
        [CLIENT_ADDRESS_HEADER]: "203.0.113.8",
        "x-forwarded-for": `198.51.100.${i}`,
      });
      try {
        await signInWithPassword(database.db, request, `niemand-${i}@example.org`, "verkeerd-wachtwoord");
      } catch (error) {
        if ((error as { code?: string }).code === "RATE_LIMITED") limited++;
      }
    }
    expect(limited).toBe(10);
    // another visitor is not locked out by that
    await expect(
      signInWithPassword(
        database.db,
        loginRequest({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }),
        "ander@example.org",
        "verkeerd-wachtwoord",
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
  }, 60_000);
});
