import { describe, expect, it } from "vitest";
import { base32Decode, groupSecret, secretFromUri, totpCode } from "./totp";

// RFC 6238 appendix B: the SHA-1 key is the ASCII "12345678901234567890" (base32 below), 8 digits.
const rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("totp", () => {
  it("matches the RFC 6238 test vectors an authenticator app follows", () => {
    expect(base32Decode(rfcKey).toString("ascii")).toBe("12345678901234567890");
    expect(totpCode(rfcKey, 59_000, 8)).toBe("94287082");
    expect(totpCode(rfcKey, 1_111_111_109_000, 8)).toBe("07081804");
    expect(totpCode(rfcKey, 2_000_000_000_000, 8)).toBe("69279037");
    expect(totpCode(rfcKey, 59_000)).toBe("287082");
  });

  it("reads the secret from the link for manual entry", () => {
    const uri = "otpauth://totp/Tandem:ada%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Tandem&digits=6";
    expect(secretFromUri(uri)).toBe("JBSWY3DPEHPK3PXP");
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
  });
});
