import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatTime } from "~/lib/dates";

export type Slot = { startsAt: Date | string; endsAt: Date | string };

/** The place said once: "Meppel", not "Meppel, Meppel" when the area has the place's name. */
export function placeText(place: string | null | undefined, area: string | null | undefined): string {
  const parts = [place?.trim(), area?.trim()].filter((p): p is string => Boolean(p));
  return [...new Set(parts.map((p) => p.toLowerCase()))]
    .map((lower) => parts.find((p) => p.toLowerCase() === lower) ?? lower)
    .join(", ");
}

/** Only the "when": each date with its times, or the period, or "not known yet". */
export function WhenText({
  slots,
  period,
}: {
  slots: Slot[];
  period?: { start: string; end: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (slots.length)
    return (
      <ul className="plain-list">
        {slots.map((s) => (
          <li key={String(s.startsAt)}>
            {t("whenWhere.slot", {
              date: formatDate(s.startsAt, lang),
              from: formatTime(s.startsAt, lang),
              to: formatTime(s.endsAt, lang),
            })}
          </li>
        ))}
      </ul>
    );
  if (period)
    return (
      <>
        {t("whenWhere.period", { start: formatDate(period.start, lang), end: formatDate(period.end, lang) })}
      </>
    );
  return <>{t("whenWhere.noDate")}</>;
}

/**
 * When and where an inzet is: every date with its times, or the period when no date is fixed yet, and
 * the place (or online). The same block on the offer, the agenda, the request and the client's list.
 */
export function WhenWhere({
  slots,
  period,
  online,
  place,
  area,
}: {
  slots: Slot[];
  period?: { start: string; end: string } | null;
  online: boolean;
  place?: string | null;
  area?: string | null;
}) {
  const { t } = useTranslation();
  const where = online ? t("whenWhere.online") : placeText(place, area) || t("whenWhere.noPlace");
  return (
    <dl className="when-where">
      <div>
        <dt>{t("whenWhere.when")}</dt>
        <dd>
          <WhenText slots={slots} period={period} />
        </dd>
      </div>
      <div>
        <dt>{t("whenWhere.where")}</dt>
        <dd>{where}</dd>
      </div>
    </dl>
  );
}
