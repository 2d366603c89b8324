import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { uuidParam } from "~/lib/params";
import { publicArticle } from "~/modules/advice/queries.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { findPublicCentre } from "~/modules/requests/public-form.server";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { Shell } from "~/ui/shell";
import { ArticleBody } from "./+advice/article-list";
import type { Route } from "./+types/kennisbank.$slug.$articleId";

export const handle: RouteHandle = { i18n: ["advice"], hydrate: false };

export const meta: Route.MetaFunction = ({ data }) =>
  data ? [{ name: "description", content: data.description }] : [];

/** One public article, for anyone; 404 unless the centre made its knowledge base public. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  const article = await publicArticle(db, centre.id, uuidParam(params.articleId));
  const flat = article.body.replace(/\s+/g, " ").trim();
  return {
    brand: await publicCentreBrand(db, centre.slug),
    centreName: centre.name,
    slug: centre.slug,
    description: flat.length > 160 ? `${flat.slice(0, 157)}…` : flat,
    article,
  };
}

export default function PublicArticle({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("advice");
  const { slug, article: a } = loaderData;
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName, slug }} narrow>
      <div className="page--narrow">
        <PageHeading
          title={a.title}
          lead={t(`categories.${a.category}`)}
          back={{ to: `/kennisbank/${slug}`, label: t("knowledge.back") }}
        />
        <ArticleBody body={a.body} />
        <p className="utrecht-paragraph muted">
          {t("knowledge.updatedOn", { date: formatDate(a.updatedAt, i18n.language) })}
        </p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/vraag/${slug}`}>
            {t("site.ask")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
