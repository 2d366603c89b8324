import { useTranslation } from "~/i18n/use-translation";

/** How long a question waited for its answer, in working days. */
export function tookText(t: (key: string, values?: Record<string, unknown>) => string, days: number) {
  return days === 0 ? t("advice:took.sameDay") : t("advice:took.days", { count: days });
}

export function Took({ days }: { days: number | null }) {
  const { t } = useTranslation("advice");
  if (days === null) return <span className="muted">–</span>;
  return <>{tookText(t, days)}</>;
}
