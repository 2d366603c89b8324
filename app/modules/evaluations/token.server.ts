import { createHash, randomBytes } from "node:crypto";

/** A secret for the link in the mail; only its hash is stored, so a database copy cannot open the form. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
