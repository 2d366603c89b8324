import { baseUrl } from "~/lib/config.server";
import { sendMail } from "~/modules/mail/send.server";

/**
 * One mail with both ways in: a six-digit code to type, and a link that fills it in.
 * The link opens a page with a button (a POST), so mail scanners that follow links do not use the code up.
 */
export async function sendSignInCode(email: string, code: string): Promise<void> {
  const link = `${baseUrl()}/login/code?${new URLSearchParams({ email, code })}`;
  await sendMail({
    to: email,
    subject: `Uw inlogcode voor Tandem: ${code}`,
    text: [
      "Hallo,",
      "",
      `Uw inlogcode is: ${code}`,
      "",
      "Of klik op deze link om in te loggen:",
      link,
      "",
      "De code werkt 15 minuten. Heeft u niet om een code gevraagd? Dan kunt u deze mail weggooien.",
      "",
      "— Your login code for Tandem is above. It works for 15 minutes.",
    ].join("\n"),
  });
}
