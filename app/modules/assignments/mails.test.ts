import { describe, expect, it } from "vitest";
import { clientConfirmationMail, offerMail, whereText } from "./mails";

const sender = { centreName: "Centrum", contactEmail: null, contactPhone: null, replyTo: null };
const info = {
  number: 12,
  title: "Workshop",
  online: false,
  place: "Meppel",
  areaName: "Meppel",
  clientName: "Gemeente",
  slots: [],
};

describe("the place in a mail", () => {
  it("says the place once when the area is the same or already in it", () => {
    expect(whereText(info)).toBe("Meppel");
    expect(whereText({ ...info, place: "Wijkcentrum De Kern, Meppel" })).toBe("Wijkcentrum De Kern, Meppel");
    expect(whereText({ ...info, place: "Wijkcentrum De Kern" })).toBe("Wijkcentrum De Kern, Meppel");
    expect(whereText({ ...info, place: "", areaName: null })).toBe("De plek volgt nog.");
    expect(whereText({ ...info, online: true }, "en")).toBe("Online");
  });
});

describe("je and u", () => {
  it("an expert reads je, a client contact reads u", () => {
    const expert = offerMail({ to: "e@example.org", locale: "nl" }, sender, "Fatima", info, "https://x");
    expect(expert.text).toMatch(/\bje\b/);
    expect(expert.text).not.toMatch(/\b[Uu]w?\b/);
    const client = clientConfirmationMail(
      { to: "c@example.org", locale: "nl" },
      sender,
      "mevrouw De Vries",
      info,
      ["Fatima"],
      [],
    );
    expect(client.text).toMatch(/\bu\b|\bUw\b/);
    expect(client.text).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
  });
});
