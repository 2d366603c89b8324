import type { Tx } from "~/db/client.server";
import { baseUrl } from "~/lib/config.server";
import { composeMail, fill, mailTexts } from "~/modules/mail/compose";
import { queueMail } from "~/modules/mail/queue.server";
import { mailSender } from "~/modules/mail/sender.server";

/** Tells the centre (its contact address) that a new request came in, with the link to it. */
export async function mailNewRequest(
  tx: Tx,
  centreId: string,
  created: { id: string; number: number },
  /** The coordinators (or admins) who should know; the centre's own address gets it too. */
  staff: string[] = [],
): Promise<void> {
  const sender = await mailSender(tx, { centreId });
  const to = new Set(staff);
  if (sender.contactEmail) to.add(sender.contactEmail);
  const t = mailTexts("nl").newRequest;
  for (const address of to)
    await queueMail(
      tx,
      composeMail({ to: address, locale: "nl" }, sender, {
        subject: fill(t.subject, { number: created.number }),
        greeting: mailTexts("nl").hello.plain,
        blocks: [
          fill(t.intro, { number: created.number }),
          { intro: t.action, href: `${baseUrl()}/requests/${created.id}` },
        ],
      }),
    );
}
