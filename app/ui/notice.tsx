import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { noticeText } from "~/lib/notice";

export type NoticeKind = "success" | "info" | "warning" | "error";

/** A message in a coloured bar. `role="status"` so screen readers hear it without losing their place. */
export function Notice({ kind = "info", children }: { kind?: NoticeKind; children: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div>{children}</div>
    </div>
  );
}

/**
 * The one notice after a redirect: an action answers `redirectWithNotice(path, "saved")`, the next page
 * shows the text registered for that key in app/lib/notice.ts. `values` fills in e.g. a request number.
 */
export function PageNotice({ values }: { values?: Record<string, string | number> }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const key = noticeText(params.get("notice"));
  if (!key) return null;
  return (
    <Notice kind="success">
      <p className="utrecht-paragraph">{t(key, values)}</p>
    </Notice>
  );
}
