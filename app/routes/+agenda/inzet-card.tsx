import type { AssignmentStatus } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/ui/link";
import { StatusBadge } from "~/ui/page";
import { type Slot, WhenWhere } from "~/ui/when-where";

export type InzetItem = {
  id: string;
  status: AssignmentStatus;
  title: string;
  clientName: string | null;
  online: boolean;
  place: string;
  areaName: string | null;
  slots: Slot[];
  minutesWorked: number | null;
  canLogHours: boolean;
};

/** Hours and minutes as people say them: "2 uur", "1 uur en 30 minuten". */
export function HoursText({ minutes }: { minutes: number }) {
  const { t } = useTranslation("agenda");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return <>{t("hoursOnly", { count: hours })}</>;
  if (hours === 0) return <>{t("minutesOnly", { count: rest })}</>;
  return <>{t("hoursAndMinutes", { hours, minutes: rest })}</>;
}

/** One inzet on the expert's phone: what, for whom, when and where, its state and the one next step. */
export function InzetCard({ item }: { item: InzetItem }) {
  const { t } = useTranslation("agenda");
  const tone = item.status === "offered" ? "warning" : item.status === "confirmed" ? "success" : "neutral";
  return (
    <li className={`card${item.canLogHours || item.status === "offered" ? " card--accent" : ""}`}>
      <h3 className="utrecht-heading-3">{item.title}</h3>
      <p className="utrecht-paragraph">
        <StatusBadge tone={tone}>{t(`status.${item.status}`)}</StatusBadge>
      </p>
      <p className="utrecht-paragraph">
        <span className="muted">{t("forWhom")}:</span> {item.clientName ?? "–"}
      </p>
      <WhenWhere slots={item.slots} online={item.online} place={item.place} area={item.areaName} />
      {item.minutesWorked != null ? (
        <p className="utrecht-paragraph">
          <span className="muted">{t("written")}:</span> <HoursText minutes={item.minutesWorked} />
        </p>
      ) : null}
      <div className="actions">
        {item.canLogHours ? (
          <Link
            className="utrecht-button utrecht-button--primary-action"
            to={`/agenda/${item.id}/hours`}
            aria-label={`${t("hoursLink")}: ${item.title}`}
          >
            {t("hoursLink")}
          </Link>
        ) : null}
        <Link
          className={`utrecht-button ${item.status === "offered" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`}
          to={`/agenda/${item.id}`}
          aria-label={`${item.status === "offered" ? t("openOffer") : t("open")}: ${item.title}`}
        >
          {item.status === "offered" ? t("openOffer") : t("open")}
        </Link>
      </div>
    </li>
  );
}
