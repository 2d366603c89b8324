import { Form } from "react-router";
import { type EmployerStage, employerStages } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { cleanText } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listEmployers, stageCounts } from "~/modules/employers/queries.server";
import { BarChart } from "~/ui/chart";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { stageTone } from "./+employers/stage-tone";
import type { Route } from "./+types/_app.employers._index";

export const handle: RouteHandle = { i18n: ["employers"] };

const isStage = (value: string): value is EmployerStage =>
  (employerStages as readonly string[]).includes(value);

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:read");
  const params = url.searchParams;
  const search = cleanText(params.get("search") ?? "", 100);
  const stageParam = params.get("stage") ?? "";
  const stage = isStage(stageParam) ? stageParam : undefined;
  return scope.run(async (tx) => ({
    search,
    stage: stage ?? "",
    canWrite: can(scope.role, "employers:write"),
    counts: await stageCounts(tx, scope),
    rows: await listEmployers(tx, scope, { stage, search }, todayIso()),
  }));
}

type Data = Route.ComponentProps["loaderData"];

function Pipeline({ counts }: { counts: Data["counts"] }) {
  const { t } = useTranslation("employers");
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const parts = employerStages.map((s) => `${t(`stages.${s}`)} ${counts[s]}`).join(", ");
  return (
    <Section title={t("pipeline.title")} id="pipeline">
      <BarChart
        id="pipeline"
        caption={t("pipeline.caption")}
        summary={t("pipeline.summary", { count: total, parts })}
        labelHeader={t("pipeline.stage")}
        series={[t("pipeline.count")]}
        rows={employerStages.map((s) => ({
          label: t(`stages.${s}`),
          values: [{ value: counts[s], text: String(counts[s]), href: `/employers?stage=${s}` }],
        }))}
      />
    </Section>
  );
}

export default function Employers({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("employers");
  const { rows, search, stage, canWrite, counts } = loaderData;
  const filtered = Boolean(search || stage);
  const actions = canWrite ? (
    <>
      <Link className="utrecht-button utrecht-button--primary-action" to="/employers/new">
        {t("list.new")}
      </Link>
      <Link className="utrecht-link" to="/employers/checklist">
        {t("list.checklist")}
      </Link>
    </>
  ) : null;
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={actions} />
      <PageNotice />
      <Pipeline counts={counts} />
      <search>
        <Form method="get" className="filters" aria-label={t("list.filters")}>
          <TextField name="search" type="search" label={t("list.search")} state={{ values: { search } }} />
          <SelectField
            name="stage"
            label={t("list.stage")}
            state={{ values: { stage } }}
            options={employerStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
            emptyLabel={t("list.allStages")}
          />
          <div className="actions">
            <SubmitButton>{t("common:actions.filter")}</SubmitButton>
            {filtered ? (
              <Link className="utrecht-link" to="/employers">
                {t("list.clear")}
              </Link>
            ) : null}
          </div>
        </Form>
      </search>
      <Section title={t("list.results")} id="results">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          rows={rows}
          rowKey={(e) => e.id}
          empty={
            filtered ? (
              <EmptyState
                title={t("list.noneFound")}
                action={
                  <Link className="utrecht-link" to="/employers">
                    {t("list.clear")}
                  </Link>
                }
              />
            ) : (
              <EmptyState title={t("list.empty")}>{canWrite ? t("list.emptyBody") : null}</EmptyState>
            )
          }
          columns={[
            {
              key: "name",
              header: t("list.name"),
              rowHeader: true,
              cell: (e) => (
                <Link className="utrecht-link" to={`/employers/${e.id}`}>
                  {e.name}
                </Link>
              ),
            },
            {
              key: "stage",
              header: t("list.stage"),
              cell: (e) => (
                <>
                  <StatusBadge tone={stageTone(e.stage)}>{t(`stages.${e.stage}`)}</StatusBadge>{" "}
                  <span className="muted">
                    {t("list.since", { date: formatDate(e.stageSince, i18n.language) })}
                  </span>
                </>
              ),
            },
            {
              key: "next",
              header: t("list.nextAction"),
              cell: (e) => e.nextAction || <span className="muted">{t("list.noAction")}</span>,
            },
            {
              key: "on",
              header: t("list.nextActionOn"),
              cell: (e) =>
                e.nextActionOn ? (
                  <>
                    {formatDate(e.nextActionOn, i18n.language)}
                    {e.overdue ? (
                      <>
                        {" "}
                        <StatusBadge tone="warning">{t("list.overdue")}</StatusBadge>
                      </>
                    ) : null}
                  </>
                ) : null,
            },
            {
              key: "progress",
              header: t("list.progress"),
              cell: (e) => t("list.progressText", { done: e.done, steps: e.steps }),
            },
          ]}
        />
      </Section>
    </>
  );
}
