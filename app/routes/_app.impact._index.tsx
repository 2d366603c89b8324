import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { provinces } from "~/modules/grants/values";
import { impactDashboard } from "~/modules/impact/dashboard.server";
import { filterQuery, parseImpactFilter } from "~/modules/impact/filter";
import { formatShown } from "~/modules/impact/suppress";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import { FigureCard, LadderChart, OutcomeChart, TrendChart } from "./+impact/dashboard-parts";
import { PilotSectors } from "./+pilots/sectors";
import type { Route } from "./+types/_app.impact._index";

export const handle: RouteHandle = { i18n: ["impact", "pilots", "grants"] };

/** The impact dashboard: staff see the whole centre; a funder sees only their grants, in aggregate. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "impact:read");
  const filter = parseImpactFilter(url.searchParams);
  return scope.run((tx) => impactDashboard(tx, scope, filter));
}

export default function ImpactPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("impact");
  const { view, limit, filter, canDrill, funder, activation, grants, cohorts, poolPeriod, quotes, pilots } =
    loaderData;
  const locale = i18n.language;
  const common = { limit, filter, canDrill };
  const values = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>;
  const state = { values };
  const trainedText = formatShown(view.trained, limit, locale);
  const poolText = !poolPeriod
    ? t("poolNone")
    : poolPeriod.from || poolPeriod.to
      ? t("poolPeriod", {
          period: [
            poolPeriod.from ? t("from", { date: formatDate(poolPeriod.from, locale) }) : "",
            poolPeriod.to ? t("until", { date: formatDate(poolPeriod.to, locale) }) : "",
          ]
            .filter(Boolean)
            .join(" "),
        })
      : t("poolAllTime");
  const reportGrants = funder ? grants : grants.filter((g) => g.id === filter.grantId);
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={
          funder ? (
            t("funderIntro", { limit })
          ) : (
            <>
              {t("intro")}{" "}
              <Link className="utrecht-link" to="/grants">
                {t("grantsLink")}
              </Link>
            </>
          )
        }
      />
      {funder ? null : <SectionNav labelKey="nav.impact" parts={sections.impact} />}
      {funder && grants.length === 0 ? (
        <Notice kind="info">
          <p className="utrecht-paragraph">{t("noGrants")}</p>
        </Notice>
      ) : null}

      <Form method="get" className="filters" aria-label={t("filters.legend")}>
        <TextField name="from" type="date" label={t("filters.from")} state={state} />
        <TextField name="to" type="date" label={t("filters.to")} state={state} />
        {funder ? null : (
          <>
            <SelectField
              name="province"
              label={t("filters.province")}
              state={state}
              options={provinces.map((p) => ({ value: p, label: p }))}
              emptyLabel={t("filters.all")}
            />
            <SelectField
              name="cohortId"
              label={t("filters.cohort")}
              state={state}
              options={cohorts.map((c) => ({ value: c.id, label: c.name }))}
              emptyLabel={t("filters.all")}
            />
          </>
        )}
        <SelectField
          name="grantId"
          label={t("filters.grant")}
          state={state}
          options={grants.map((g) => ({ value: g.id, label: g.name }))}
          emptyLabel={t("filters.all")}
        />
        <div className="actions">
          <SubmitButton>{t("filters.apply")}</SubmitButton>
          <Link className="utrecht-link" to="/impact">
            {t("filters.clear")}
          </Link>
        </div>
      </Form>
      {funder ? <p className="muted">{t("suppressedNote", { limit })}</p> : null}

      <Section title={t("figures.trained")} id="trained">
        <p className="stat-row">
          <span className="stat">
            {canDrill ? (
              <a
                className="utrecht-link"
                href={`/impact/members?${filterQuery(filter, { figure: "trained" })}`}
                aria-label={`${trainedText}, ${t("showList", { figure: t("figures.trained") })}`}
              >
                {trainedText}
              </a>
            ) : (
              trainedText
            )}
          </span>
          <span>{t("trainedHelp")}</span>
        </p>
      </Section>

      <Section title={t("outcomeTitle")} id="outcomes">
        <OutcomeChart view={view} {...common} />
      </Section>

      <Section title={t("backgroundTitle")} id="background">
        <ul className="cards">
          <FigureCard figure="long_term_unemployed" item={view.longTermUnemployed} {...common} />
          <FigureCard figure="activated" item={view.activated} {...common} />
        </ul>
        <p className="utrecht-paragraph">
          {t("activatedDefinition", { rise: activation.ladderRise })}
          {activation.zrmEnabled ? t("activatedDefinitionZrm", { min: activation.participationMin }) : null}
          {funder ? null : (
            <>
              {" "}
              <Link className="utrecht-link" to="/impact/settings">
                {t("settingsLink")}
              </Link>
            </>
          )}
        </p>
      </Section>

      <Section title={t("ladderTitle")} id="ladder">
        <LadderChart view={view} {...common} />
      </Section>

      <Section title={t("poolTitle")} id="pool">
        <p className="utrecht-paragraph">{poolText}</p>
        <ul className="cards">
          <li className="card">
            <h3 className="utrecht-heading-3">{t("assignments")}</h3>
            <span className="stat">{formatShown(view.pool.assignments, limit, locale)}</span>
          </li>
          <li className="card">
            <h3 className="utrecht-heading-3">{t("hours")}</h3>
            <span className="stat">{formatShown(view.pool.hours, limit, locale)}</span>
          </li>
          <li className="card">
            <h3 className="utrecht-heading-3">{t("averageScore")}</h3>
            <span className="stat">
              {view.pool.averageScore ? formatShown(view.pool.averageScore, limit, locale) : t("noScore")}
            </span>
            <p className="utrecht-paragraph">
              {t("evaluations")}: {formatShown(view.pool.evaluations, limit, locale)}
            </p>
          </li>
        </ul>
      </Section>

      <Section title={t("tandemsTitle")} id="tandems">
        <p className="utrecht-paragraph">{poolText}</p>
        <ul className="cards">
          <li className="card">
            <h3 className="utrecht-heading-3">{t("tandemsRan")}</h3>
            <span className="stat">{formatShown(loaderData.tandems.tandems, limit, locale)}</span>
          </li>
          <li className="card">
            <h3 className="utrecht-heading-3">{t("tandemMeetings")}</h3>
            <span className="stat">{formatShown(loaderData.tandems.meetings, limit, locale)}</span>
            <p className="utrecht-paragraph">
              {t("hours")}: {formatShown(loaderData.tandems.hours, limit, locale)}
            </p>
          </li>
        </ul>
      </Section>

      <Section title={t("quotesTitle")} id="quotes">
        <p className="muted">{t("quotesHelp")}</p>
        {quotes.length === 0 ? (
          <EmptyState title={t("quotesNone")} />
        ) : (
          quotes.map((q) => (
            <figure key={q.id} className="card quote">
              <blockquote>
                <p className="utrecht-paragraph">“{q.quote}”</p>
              </blockquote>
              <figcaption className="muted">
                {q.topic
                  ? t("quoteByTopic", {
                      client: q.client,
                      topic: q.topic,
                      date: formatDate(q.submittedOn, locale),
                    })
                  : t("quoteBy", { client: q.client, date: formatDate(q.submittedOn, locale) })}
              </figcaption>
            </figure>
          ))
        )}
      </Section>

      <PilotSectors sectors={pilots} limit={limit} />

      <Section title={t("trendTitle")} id="trend">
        <TrendChart view={view} limit={limit} />
      </Section>

      {reportGrants.length > 0 ? (
        <Section title={t("reportsTitle")} id="reports">
          <ul className="download-list">
            {reportGrants.map((g) => (
              <li key={g.id}>
                <a className="utrecht-link" href={`/grants/${g.id}/report.pdf`} download>
                  {t("reportPdf", { grant: g.name })}
                </a>
                <a className="utrecht-link" href={`/grants/${g.id}/report.xlsx`} download>
                  {t("reportXlsx", { grant: g.name })}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
