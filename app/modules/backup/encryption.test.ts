import { describe, expect, it } from "vitest";
import { decrypt, encrypt, isEncrypted } from "./encryption";

describe("backup encryption (issue 14.7)", () => {
  const plain = Buffer.from("geheime inhoud van een backup");
  const passphrase = "een lange zin als sleutel";

  it("gives back what it encrypted, and the file shows nothing of it", () => {
    const file = encrypt(plain, passphrase);
    expect(isEncrypted(file)).toBe(true);
    expect(file.includes(Buffer.from("geheime"))).toBe(false);
    expect(decrypt(file, passphrase)).toEqual(plain);
    expect(encrypt(plain, passphrase)).not.toEqual(file); // a new salt and iv every time
  });

  it("refuses a wrong passphrase, a changed header or body, and a short passphrase", () => {
    const file = encrypt(plain, passphrase);
    expect(() => decrypt(file, "een verkeerde zin hier")).toThrow(/cannot be decrypted/);
    for (const at of [9, file.length - 20]) {
      const changed = Buffer.from(file);
      changed[at] ^= 1;
      expect(() => decrypt(changed, passphrase)).toThrow(/cannot be decrypted/);
    }
    expect(() => decrypt(file, undefined)).toThrow(/Set BACKUP_PASSPHRASE/);
    expect(() => encrypt(plain, "kort")).toThrow(/too short/);
  });
});
