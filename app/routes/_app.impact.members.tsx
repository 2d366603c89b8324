import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { AppError } from "~/lib/errors";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { filterQuery, parseImpactFilter } from "~/modules/impact/filter";
import type { FigureName } from "~/modules/outcomes/figures";
import { figureMembers } from "~/modules/outcomes/figures.server";
import { DataTable } from "~/ui/data-table";
import { EmptyState, PageHeading } from "~/ui/page";
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
export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "impact:drilldown");
  const params = url.searchParams;
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
      <PageHeading
        title={t("members.title", { figure: name })}
        back={{ to: `/impact${back ? `?${back}` : ""}`, label: t("members.back") }}
        lead={`${t("members.intro")} ${t("members.total", { count: rows.length })}`}
      />
      <DataTable
        caption={t("members.caption", { figure: name })}
        rows={rows}
        rowKey={(r) => r.id}
        empty={<EmptyState title={t("members.empty")} />}
        columns={[
          {
            key: "name",
            header: t("members.name"),
            rowHeader: true,
            cell: (r) => r.name,
          },
          { key: "cohort", header: t("members.cohort"), cell: (r) => r.cohort },
        ]}
      />
    </>
  );
}
