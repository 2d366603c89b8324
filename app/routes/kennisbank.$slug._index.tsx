import { getDatabase } from "~/db/client.server";
import { advice as en } from "~/i18n/en/advice";
import type { RouteHandle } from "~/i18n/handle";
import { localeOf } from "~/i18n/locale.server";
import { advice as nl } from "~/i18n/nl/advice";
import { useTranslation } from "~/i18n/use-translation";
import { cleanText } from "~/lib/params";
import { publicArticles } from "~/modules/advice/queries.server";
import { isAdviceCategory } from "~/modules/advice/values";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { findPublicCentre } from "~/modules/requests/public-form.server";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { Shell } from "~/ui/shell";
import { ArticleList, ArticleSearch } from "./+advice/article-list";
import type { Route } from "./+types/kennisbank.$slug._index";

export const handle: RouteHandle = { i18n: ["advice"], hydrate: false };

export const meta: Route.MetaFunction = ({ data }) =>
  data ? [{ name: "description", content: data.description }] : [];

/** The centre's knowledge base for anyone: only when the centre made it public (404 otherwise). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  const search = cleanText(url.searchParams.get("q") ?? "", 100);
  const categoryParam = url.searchParams.get("category") ?? "";
  const category = isAdviceCategory(categoryParam) ? categoryParam : undefined;
  const rows = await publicArticles(db, centre.id, { search, category });
  const texts = localeOf(request) === "en" ? en : nl;
  return {
    brand: await publicCentreBrand(db, centre.slug),
    centreName: centre.name,
    slug: centre.slug,
    description: texts.site.description.replace("{{name}}", centre.name),
    search,
    category: category ?? "",
    rows,
  };
}

export default function PublicKnowledge({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  const { slug, rows, search, category } = loaderData;
  const base = `/kennisbank/${slug}`;
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName, slug }} narrow>
      <div className="page--narrow">
        <PageHeading title={t("site.title", { name: loaderData.centreName })} lead={t("site.intro")} />
        <ArticleSearch base={base} search={search} category={category} />
        <ArticleList
          rows={rows}
          hrefFor={(id) => `${base}/${id}`}
          filtered={Boolean(search || category)}
          emptyText={t("knowledge.emptyContact")}
        />
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/vraag/${slug}`}>
            {t("site.ask")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
