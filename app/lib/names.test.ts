import { describe, expect, it } from "vitest";
import { addStaffInput } from "~/modules/accounts/members-input";
import { contactInput } from "~/modules/clients/input";
import { expertInput } from "~/modules/pool/input";
import { nameField } from "./names";

const tricks = [
  "Jan\u202Egnirts",
  "Jan\u200B de Vries",
  "Ja\u200Dn",
  "Pi\uFEFFet",
  "Anna\u2066x\u2069",
  "Mo\u00ADhammed",
];

describe("names refuse bidi controls and zero-width characters", () => {
  it.each(tricks)("refuses %j", (name) => {
    const result = nameField({ max: 120 }).safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.hiddenCharacters");
  });

  it("keeps ordinary names with accents, apostrophes and dashes", () => {
    for (const name of ["Zoë van 't Hof", "Jean-Luc Ça", "Özlem Yılmaz", "Nguyễn Văn An"])
      expect(nameField({ max: 120 }).parse(` ${name} `)).toBe(name);
  });

  it("is used by the forms for experts, contacts and staff", () => {
    expect(expertInput.safeParse({ firstName: "Jan\u202E", lastName: "Test" }).success).toBe(false);
    expect(contactInput.safeParse({ name: "Ja\u200Bn", email: "a@example.org" }).success).toBe(false);
    expect(
      addStaffInput.safeParse({ name: "A\u2067B", email: "a@example.org", role: "coordinator" }).success,
    ).toBe(false);
  });
});
