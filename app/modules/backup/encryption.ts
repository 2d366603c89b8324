import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

/**
 * The encrypted backup file (issue 14.7): AES-256-GCM with a key derived by scrypt from a
 * passphrase (BACKUP_PASSPHRASE). Layout: magic (8 bytes) · scrypt log2(N), r, p (1 byte each) ·
 * salt (16) · iv (12) · ciphertext · tag (16). The tag covers the header too, so a changed byte
 * anywhere makes the restore refuse before it reads a row.
 */
export const MAGIC = Buffer.from("TANDEMC1");
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + 3 + SALT + IV;
/** N = 2^15, r = 8: about 32 MB and a tenth of a second, as OWASP suggests for scrypt. */
const defaults = { logN: 15, r: 8, p: 1 };

/** Thrown with a sentence for the administrator (English, no personal data). */
export class BackupKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupRefused";
  }
}

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  return scryptSync(passphrase, salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r });
}

export function isEncrypted(file: Buffer): boolean {
  return file.subarray(0, MAGIC.length).equals(MAGIC);
}

export function encrypt(plain: Buffer, passphrase: string): Buffer {
  if (passphrase.length < 12)
    throw new BackupKeyError("BACKUP_PASSPHRASE is too short: use at least 12 characters.");
  const { logN, r, p } = defaults;
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const header = Buffer.concat([MAGIC, Buffer.from([logN, r, p]), salt, iv]);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(passphrase, salt, logN, r, p), iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function decrypt(file: Buffer, passphrase: string | undefined): Buffer {
  if (!passphrase)
    throw new BackupKeyError(
      "This backup is encrypted. Set BACKUP_PASSPHRASE to the passphrase it was made with.",
    );
  if (file.length < HEADER + TAG) throw new BackupKeyError("The backup file is damaged (too short).");
  const header = file.subarray(0, HEADER);
  const [logN, r, p] = header.subarray(MAGIC.length, MAGIC.length + 3);
  if (logN > 22 || r > 32 || p > 16) throw new BackupKeyError("The backup file is damaged (its header).");
  const salt = header.subarray(MAGIC.length + 3, MAGIC.length + 3 + SALT);
  const iv = header.subarray(HEADER - IV);
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(passphrase, salt, logN, r, p), iv);
  decipher.setAAD(header);
  decipher.setAuthTag(file.subarray(file.length - TAG));
  try {
    return Buffer.concat([decipher.update(file.subarray(HEADER, file.length - TAG)), decipher.final()]);
  } catch {
    throw new BackupKeyError(
      "The backup cannot be decrypted: BACKUP_PASSPHRASE is not the one it was made with, or the file was changed.",
    );
  }
}
