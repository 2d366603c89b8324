import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/ui/link";

/**
 * Page links under a long list (44 px targets). `hrefFor(page)` keeps the list's filters in the link.
 * Shows the first, the last and two around the current page.
 */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages);
  const items: (number | "gap")[] = [];
  for (const p of shown) {
    const last = items[items.length - 1];
    if (typeof last === "number" && p - last > 1) items.push("gap");
    items.push(p);
  }
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t("pagination.previous")}
            </Link>
          </li>
        ) : null}
        {items.map((p, i) =>
          p === "gap" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page">
                  <span className="visually-hidden">{t("pagination.page")} </span>
                  {p}
                </span>
              ) : (
                <Link to={hrefFor(p)} aria-label={t("pagination.goTo", { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
