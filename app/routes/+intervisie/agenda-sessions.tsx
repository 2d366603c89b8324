import { useTranslation } from "~/i18n/use-translation";
import type { OwnIntervisieSession } from "~/modules/intervisie/queries.server";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";

/** On the expert's agenda: the coming intervisie sessions they signed up for. */
export function AgendaIntervisieSessions({ sessions }: { sessions: OwnIntervisieSession[] }) {
  const { t } = useTranslation("intervisie");
  if (sessions.length === 0) return null;
  return (
    <Section title={t("agenda.title")} id="intervisie">
      <ul className="cards">
        {sessions.map((s) => (
          <li className="card" key={s.id}>
            <h3 className="utrecht-heading-3">{t("agenda.of", { group: s.group })}</h3>
            <WhenWhere slots={[s]} online={s.online} place={s.place} />
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to="/my-intervisie">
                {t("mine.title")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
