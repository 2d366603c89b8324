import { AsyncLocalStorage } from "node:async_hooks";
import { eq } from "drizzle-orm";
import { type Db, inCentre } from "~/db/client.server";
import { memberships as membershipTable, user } from "~/db/schema";
import { isLocale, type Locale } from "~/i18n/resources";
import { baseUrl } from "~/lib/config.server";
import { safeNext } from "~/lib/redirects";
import { composeMail, fill, mailTexts, type Sender } from "~/modules/mail/compose";
import { sendMail } from "~/modules/mail/send.server";
import { mailSender } from "~/modules/mail/sender.server";

/** Where the person wanted to go when they asked for a code (better-auth's hook only knows the address). */
const pending = new AsyncLocalStorage<{ next?: string }>();

export function withSignInNext<T>(next: string | undefined, fn: () => Promise<T>): Promise<T> {
  return pending.run({ next }, fn);
}

const fallbackSender: Sender = {
  centreName: "Tandem",
  contactEmail: null,
  contactPhone: null,
  replyTo: null,
};

/** The person's language, whether they read "je" (experts) or "u", and the centre the mail comes from. */
async function recipient(db: Db, email: string): Promise<{ locale: Locale; je: boolean; sender: Sender }> {
  const [person] = await db
    .select({ id: user.id, locale: user.locale })
    .from(user)
    .where(eq(user.email, email));
  if (!person) return { locale: "nl", je: false, sender: fallbackSender };
  // as the owner, like the sign-in step that decides the tenant (viewer.server.ts membershipsOf)
  const memberships = await db
    .select({ centreId: membershipTable.centreId, role: membershipTable.role })
    .from(membershipTable)
    .where(eq(membershipTable.userId, person.id));
  const je = memberships.length > 0 && memberships.every((m) => m.role === "expert");
  const centreIds = [...new Set(memberships.map((m) => m.centreId))];
  const sender =
    centreIds.length === 1
      ? await inCentre(db, centreIds[0], (tx) => mailSender(tx, { centreId: centreIds[0] }))
      : fallbackSender;
  return { locale: isLocale(person.locale) ? person.locale : "nl", je, sender };
}

/**
 * One mail with both ways in: a six-digit code to type, and a link that fills it in. The code is not in
 * the subject (a locked phone shows subjects). The link opens a page with a button (a POST), so mail
 * scanners that follow links do not use the code up; after signing in it goes on to `next`.
 */
export async function sendSignInCode(db: Db, email: string, code: string): Promise<void> {
  const next = pending.getStore()?.next;
  const query: Record<string, string> = { email, code };
  if (next && safeNext(next, "") === next) query.next = next;
  const link = `${baseUrl()}/login/code?${new URLSearchParams(query)}`;
  const who = await recipient(db, email);
  const t = mailTexts(who.locale).signIn;
  await sendMail(
    composeMail({ to: email, locale: who.locale }, who.sender, {
      subject: who.je ? t.subjectJe : t.subject,
      greeting: mailTexts(who.locale).hello.plain,
      blocks: [
        fill(who.je ? t.codeJe : t.code, { code }),
        { intro: t.link, href: link },
        who.je ? t.expiresJe : t.expires,
      ],
    }),
  );
}
