import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import type { MyTandem } from "~/modules/tandems/queries.server";
import { Link } from "~/ui/link";
import { Section, StatusBadge } from "~/ui/page";
import { tandemTone } from "./types";

/**
 * The signed-in person's tandems as cards linking to /my-tandems/:id: on the expert's agenda
 * ("Mijn tandems", `texts="agenda"`, je) and on the client contact's requests ("Uw tandems", `texts="mine"`, u).
 */
export function OwnTandems({ tandems, texts }: { tandems: MyTandem[]; texts: "agenda" | "mine" }) {
  const { t, i18n } = useTranslation("tandems");
  if (tandems.length === 0) return null;
  return (
    <Section title={t(`${texts}.title`)} id="tandems">
      <ul className="cards">
        {tandems.map((tandem) => {
          const partner = texts === "agenda" ? tandem.professional : tandem.expert;
          return (
            <li className="card" key={tandem.id}>
              <h3 className="utrecht-heading-3">
                <Link className="utrecht-link" to={`/my-tandems/${tandem.id}`}>
                  {t(`${texts}.with`, { name: partner, client: tandem.client })}
                </Link>
              </h3>
              <p className="utrecht-paragraph">
                <StatusBadge tone={tandemTone(tandem.status)}>{t(`statuses.${tandem.status}`)}</StatusBadge>
              </p>
              <p className="utrecht-paragraph">
                {tandem.nextMeeting
                  ? `${t(`${texts}.next`)} ${formatDateTime(tandem.nextMeeting, i18n.language)}`
                  : t(`${texts}.noMeeting`)}
              </p>
              {tandem.evaluationDue ? <p className="utrecht-paragraph">{t(`${texts}.evaluate`)}</p> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
