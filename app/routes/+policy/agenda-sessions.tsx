import { useTranslation } from "~/i18n/use-translation";
import type { OwnPolicySession } from "~/modules/policy/own-sessions.server";
import { Section } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";

/** On the expert's agenda: the coming sessions of the policy trajectories they take part in. */
export function AgendaPolicySessions({ sessions }: { sessions: OwnPolicySession[] }) {
  const { t } = useTranslation("policy");
  if (sessions.length === 0) return null;
  return (
    <Section title={t("agenda.title")} id="policy">
      <ul className="cards">
        {sessions.map((s) => (
          <li className="card" key={s.id}>
            <h3 className="utrecht-heading-3">{s.subject}</h3>
            <p className="utrecht-paragraph">{t("agenda.of", { topic: s.topic, client: s.client })}</p>
            <WhenWhere slots={[s]} online={s.online} place={s.place} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
