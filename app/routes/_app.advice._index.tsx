import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { baseUrl } from "~/lib/config.server";
import { formatDate } from "~/lib/dates";
import { isUuid } from "~/lib/params";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listQuestions, questionFigures, teamMembers } from "~/modules/advice/queries.server";
import {
  adviceCategories,
  adviceStatuses,
  adviceStatusTone,
  isAdviceCategory,
  isAdviceStatus,
} from "~/modules/advice/values";
import { BarChart } from "~/ui/chart";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import { categoryOptions } from "./+advice/category-options";
import { Took, tookText } from "./+advice/took";
import type { Route } from "./+types/_app.advice._index";

export const handle: RouteHandle = { i18n: ["advice"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const params = url.searchParams;
  const status = params.get("status") ?? "";
  const category = params.get("category") ?? "";
  const assigned = params.get("assigned") ?? "";
  const filters = {
    status: isAdviceStatus(status) ? status : undefined,
    category: isAdviceCategory(category) ? category : undefined,
    assignedTo: isUuid(assigned) ? assigned : undefined,
  };
  const slug = scope.memberships.find((m) => m.centreId === scope.centreId)?.centreSlug;
  return scope.run(async (tx) => ({
    formUrl: `${baseUrl()}/vraag/${slug}`,
    filters: {
      status: filters.status ?? "",
      category: filters.category ?? "",
      assigned: filters.assignedTo ?? "",
    },
    rows: await listQuestions(tx, scope, filters),
    figures: await questionFigures(tx, scope),
    team: await teamMembers(tx, scope),
  }));
}

type Data = Route.ComponentProps["loaderData"];

function Figures({ figures }: { figures: Data["figures"] }) {
  const { t } = useTranslation("advice");
  if (figures.total === 0) return null;
  const parts = adviceCategories.map((c) => `${t(`categories.${c}`)} ${figures.byCategory[c]}`).join(", ");
  return (
    <>
      <Section title={t("queue.counts")} id="counts">
        <Facts
          items={[
            ...adviceStatuses.map((s) => ({
              key: s,
              label: t(`statuses.${s}`),
              value: (
                <Link className="utrecht-link" to={`/advice?status=${s}`}>
                  {figures.byStatus[s]}
                </Link>
              ),
            })),
            {
              key: "median",
              label: t("queue.median"),
              value:
                figures.medianDays === null
                  ? t("queue.noMedian")
                  : t("queue.medianValue", {
                      value: tookText(t, Math.round(figures.medianDays * 10) / 10),
                      count: figures.answered,
                    }),
            },
          ]}
        />
        <p className="utrecht-paragraph muted">{t("took.explain")}</p>
      </Section>
      <Section title={t("queue.chartTitle")} id="categories">
        <BarChart
          id="advice-categories"
          caption={t("queue.chartCaption")}
          summary={t("queue.chartSummary", { count: figures.total, parts })}
          labelHeader={t("queue.category")}
          series={[t("queue.chartCount")]}
          rows={adviceCategories.map((c) => ({
            label: t(`categories.${c}`),
            values: [
              {
                value: figures.byCategory[c],
                text: String(figures.byCategory[c]),
                href: `/advice?category=${c}`,
              },
            ],
          }))}
        />
      </Section>
    </>
  );
}

export default function AdviceQueue({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("advice");
  const { rows, filters, figures, team, formUrl } = loaderData;
  const [before, after] = t("queue.publicLink").split("{{link}}");
  const filtered = Boolean(filters.status || filters.category || filters.assigned);
  return (
    <>
      <PageHeading
        title={t("queue.title")}
        lead={t("queue.intro")}
        actions={
          <Link className="utrecht-button utrecht-button--primary-action" to="/advice/new">
            {t("queue.new")}
          </Link>
        }
      />
      <SectionNav labelKey="nav.advice" parts={sections.advice} />
      <PageNotice />
      <p className="utrecht-paragraph">
        {before}
        <a className="utrecht-link" href={formUrl}>
          {formUrl}
        </a>
        {after}
      </p>
      <Figures figures={figures} />
      <search>
        <Form method="get" className="filters" aria-label={t("queue.filters")}>
          <SelectField
            name="status"
            label={t("queue.status")}
            state={{ values: { status: filters.status } }}
            options={adviceStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            emptyLabel={t("queue.allStatuses")}
          />
          <SelectField
            name="category"
            label={t("queue.category")}
            state={{ values: { category: filters.category } }}
            options={categoryOptions(t)}
            emptyLabel={t("queue.allCategories")}
          />
          <SelectField
            name="assigned"
            label={t("queue.assigned")}
            state={{ values: { assigned: filters.assigned } }}
            options={team}
            emptyLabel={t("queue.anyone")}
          />
          <div className="actions">
            <SubmitButton>{t("common:actions.filter")}</SubmitButton>
            {filtered ? (
              <Link className="utrecht-link" to="/advice">
                {t("queue.clear")}
              </Link>
            ) : null}
          </div>
        </Form>
      </search>
      <Section title={t("queue.results")} id="results">
        <DataTable
          caption={t("queue.caption")}
          captionHidden
          rows={rows}
          rowKey={(q) => q.id}
          empty={
            filtered ? (
              <EmptyState
                title={t("queue.noneFound")}
                action={
                  <Link className="utrecht-link" to="/advice">
                    {t("queue.clear")}
                  </Link>
                }
              />
            ) : (
              <EmptyState title={t("queue.empty")}>{t("queue.emptyBody")}</EmptyState>
            )
          }
          columns={[
            {
              key: "organisation",
              header: t("queue.organisation"),
              rowHeader: true,
              cell: (q) => (
                <Link className="utrecht-link" to={`/advice/${q.id}`}>
                  {q.organisation}
                </Link>
              ),
            },
            { key: "category", header: t("queue.category"), cell: (q) => t(`categories.${q.category}`) },
            {
              key: "status",
              header: t("queue.status"),
              cell: (q) => (
                <StatusBadge tone={adviceStatusTone(q.status)}>{t(`statuses.${q.status}`)}</StatusBadge>
              ),
            },
            {
              key: "assigned",
              header: t("queue.assigned"),
              cell: (q) => q.assignedName ?? <span className="muted">{t("queue.nobody")}</span>,
            },
            { key: "asked", header: t("queue.asked"), cell: (q) => formatDate(q.createdAt, i18n.language) },
            { key: "took", header: t("queue.took"), cell: (q) => <Took days={q.took} /> },
          ]}
        />
      </Section>
    </>
  );
}
