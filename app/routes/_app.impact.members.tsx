import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { AppError } from "~/lib/errors";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { filterQuery, parseImpactFilter } from "~/modules/impact/filter";
import type { FigureName } from "~/modules/outcomes/figures";
import { figureMembers } from "~/modules/outcomes/figures.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.impact.members";

export const handle: RouteHandle = { i18n: ["impact"] };

const figureNames: FigureName[] = [
  "trained",
  "paid_job",
  "volunteer",
  "job_seeking",
  "other_path",
  "none",
  "long_term_unemployed",
  "activated",
];

/** The people behind one figure of the dashboard (staff only: "impact:drilldown"). */
export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "impact:drilldown");
  const params = new URL(request.url).searchParams;
  const figure = params.get("figure") as FigureName;
  if (!figureNames.includes(figure)) throw new AppError("NOT_FOUND");
  const filter = parseImpactFilter(params);
  const rows = await scope.run((tx) => figureMembers(tx, scope, filter, figure));
  return {
    figure,
    back: filterQuery(filter),
    rows: rows.map((r) => ({ id: r.traineeId, name: r.name, cohort: r.cohort })),
  };
}

export default function FigureMembers({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("impact");
  const { figure, rows, back } = loaderData;
  const name = t(`figures.${figure}`);
  return (
    <>
      <PageTitle>{t("members.title", { figure: name })}</PageTitle>
      <p className="utrecht-paragraph">{t("members.intro")}</p>
      <p>
        <Link className="utrecht-link" to={`/impact${back ? `?${back}` : ""}`}>
          {t("members.back")}
        </Link>
      </p>
      <p>{t("members.total", { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t("members.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption>{t("members.caption", { figure: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("members.name")}</th>
                <th scope="col">{t("members.cohort")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.cohort}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
