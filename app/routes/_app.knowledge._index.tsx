import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { cleanText } from "~/lib/params";
import { sections } from "~/modules/accounts/navigation";
import { isStaff } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listArticles } from "~/modules/advice/queries.server";
import { isAdviceCategory } from "~/modules/advice/values";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import { ArticleList, ArticleSearch } from "./+advice/article-list";
import type { Route } from "./+types/_app.knowledge._index";

// client contacts read here: served without scripts (the search is a plain GET form)
export const handle: RouteHandle = { i18n: ["advice"], hydrate: false };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "knowledge:read");
  const search = cleanText(url.searchParams.get("q") ?? "", 100);
  const categoryParam = url.searchParams.get("category") ?? "";
  const category = isAdviceCategory(categoryParam) ? categoryParam : undefined;
  return scope.run(async (tx) => ({
    search,
    category: category ?? "",
    staff: isStaff(scope.role),
    rows: await listArticles(tx, scope, { search, category }),
  }));
}

export default function Knowledge({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  const { staff, rows, search, category } = loaderData;
  return (
    <>
      <PageHeading
        title={t("knowledge.title")}
        lead={staff ? t("knowledge.intro") : t("knowledge.introContact")}
        actions={
          staff ? (
            <Link className="utrecht-button utrecht-button--primary-action" to="/knowledge/new">
              {t("knowledge.new")}
            </Link>
          ) : null
        }
      />
      {staff ? <SectionNav labelKey="nav.advice" parts={sections.advice} /> : null}
      <PageNotice />
      <ArticleSearch base="/knowledge" search={search} category={category} />
      <ArticleList
        rows={rows}
        hrefFor={(id) => `/knowledge/${id}`}
        filtered={Boolean(search || category)}
        showState={staff}
        emptyText={staff ? t("knowledge.empty") : t("knowledge.emptyContact")}
      />
    </>
  );
}
