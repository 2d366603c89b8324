import { describe, expect, it } from "vitest";
import { composeMail, fill } from "./compose";
import { mailFrom } from "./send.server";

const sender = {
  centreName: "Ervaringscentrum Drenthe",
  contactEmail: "info@centrum.example",
  contactPhone: "0522 123 456",
  replyTo: "coordinator@centrum.example",
};

describe("a mail from the centre", () => {
  it("has the centre's name as sender, Reply-To, and the centre's signature in text and HTML", () => {
    const mail = composeMail({ to: "a@example.org", locale: "nl" }, sender, {
      subject: "Bevestigd",
      greeting: "Hallo Fatima,",
      blocks: [
        "Het is rond.",
        { facts: [["Wat", "Workshop"]] },
        { intro: "Kijk hier:", href: "https://x/a?b=1&c=2" },
      ],
    });
    expect(mail.fromName).toBe("Ervaringscentrum Drenthe");
    expect(mail.replyTo).toBe("coordinator@centrum.example");
    expect(mail.text).toContain(
      "Met vriendelijke groet,\nErvaringscentrum Drenthe\ninfo@centrum.example\n0522 123 456",
    );
    expect(mail.text).not.toContain("Tandem");
    expect(mail.text).toContain("Wat: Workshop");
    expect(mail.html).toContain('<a href="https://x/a?b=1&amp;c=2">');
    expect(mail.html).toContain('<a href="mailto:info@centrum.example">');
    expect(mail.html).toContain("<dt><strong>Wat</strong></dt><dd>Workshop</dd>");
  });

  it("escapes what people typed in the HTML part", () => {
    const mail = composeMail(
      { to: "a@example.org", locale: "en" },
      { ...sender, centreName: "A & B <centre>" },
      {
        subject: "<script>",
        greeting: "Hello <b>Sam</b>,",
        blocks: ['Say "yes" & <i>go</i>'],
      },
    );
    expect(mail.html).not.toMatch(/<script>|<b>Sam|<i>go/);
    expect(mail.html).toContain("A &amp; B &lt;centre&gt;");
    expect(mail.html).toContain("Say &quot;yes&quot; &amp; &lt;i&gt;go&lt;/i&gt;");
    expect(mail.html).toContain('lang="en"');
    expect(mail.text).toContain("Kind regards,");
  });

  it("without a coordinator, a reply goes to the centre's contact address", () => {
    const mail = composeMail(
      { to: "a@example.org", locale: "nl" },
      { ...sender, replyTo: null },
      {
        subject: "x",
        greeting: "Hallo,",
        blocks: [],
      },
    );
    expect(mail.replyTo).toBe("info@centrum.example");
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("Aanvraag {{number}}: {{title}} {{x}}", { number: 4, title: "T" })).toBe(
      "Aanvraag 4: T {{x}}",
    );
  });

  it("takes the address from MAIL_FROM, with or without a name", () => {
    expect(mailFrom("Tandem <noreply@tandem.example>")).toEqual({
      name: "Tandem",
      address: "noreply@tandem.example",
    });
    expect(mailFrom("noreply@tandem.example").address).toBe("noreply@tandem.example");
  });
});
