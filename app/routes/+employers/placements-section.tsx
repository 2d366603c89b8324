import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { afterPlacementKinds, placementKinds } from "~/modules/employers/values";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import type { Route } from "../+types/_app.employers.$employerId._index";

type Data = Route.ComponentProps["loaderData"];

/** Who works at the employer through the centre: current and past placements, end one, start one. */
export function Placements({ data, state }: { data: Data; state: FormState }) {
  const { t, i18n } = useTranslation(["employers", "outcomes"]);
  const kinds = placementKinds.map((k) => ({ value: k, label: t(`outcomes:kinds.${k}`) }));
  const next = afterPlacementKinds.map((k) => ({ value: k, label: t(`outcomes:kinds.${k}`) }));
  const current = data.placements.filter((p) => !p.endsOn);
  return (
    <Section title={t("placements.title")} id="placements">
      <p className="utrecht-paragraph">{t("placements.intro")}</p>
      <DataTable
        caption={t("placements.caption")}
        captionHidden
        rows={data.placements}
        rowKey={(p) => p.id}
        empty={<EmptyState title={t("placements.none")} />}
        columns={[
          {
            key: "name",
            header: t("placements.person"),
            rowHeader: true,
            cell: (p) => (
              <Link className="utrecht-link" to={`/training/trainees/${p.traineeId}/outcomes`}>
                {p.name}
              </Link>
            ),
          },
          { key: "kind", header: t("placements.kind"), cell: (p) => t(`outcomes:kinds.${p.kind}`) },
          {
            key: "from",
            header: t("placements.startsOn"),
            cell: (p) => formatDate(p.startsOn, i18n.language),
          },
          {
            key: "to",
            header: t("placements.endsOn"),
            cell: (p) =>
              p.endsOn ? (
                formatDate(p.endsOn, i18n.language)
              ) : (
                <StatusBadge tone="success">{t("placements.atWork")}</StatusBadge>
              ),
          },
          { key: "hours", header: t("placements.hours"), numeric: true, cell: (p) => p.hoursPerWeek ?? "" },
        ]}
      />
      {data.canWrite
        ? current.map((p) => (
            <details className="card" key={p.id}>
              <summary>{t("placements.endTitle", { name: p.name })}</summary>
              <Form method="post" className="form" noValidate>
                <input type="hidden" name="intent" value="endPlacement" />
                <input type="hidden" name="placementId" value={p.id} />
                <TextField
                  name="endsOn"
                  type="date"
                  short
                  label={t("placements.endsOn")}
                  state={state}
                  required
                />
                <SelectField
                  name="next"
                  label={t("placements.next")}
                  description={t("placements.nextHelp")}
                  state={state}
                  options={next}
                  defaultValue="job_seeking"
                  required
                />
                <FormActions>
                  <SubmitButton secondary>{t("placements.end")}</SubmitButton>
                </FormActions>
              </Form>
            </details>
          ))
        : null}
      {data.people.length ? (
        <Form method="post" className="form card" noValidate>
          <h3 className="utrecht-heading-3">{t("placements.addTitle")}</h3>
          <input type="hidden" name="intent" value="place" />
          <SelectField
            name="traineeId"
            label={t("placements.person")}
            description={t("placements.personHelp")}
            state={state}
            options={data.people}
            emptyLabel={t("placements.choosePerson")}
            required
          />
          <SelectField name="kind" label={t("placements.kind")} state={state} options={kinds} required />
          <TextField
            name="startsOn"
            type="date"
            short
            label={t("placements.startsOn")}
            state={state}
            required
          />
          <TextField
            name="hoursPerWeek"
            type="number"
            short
            inputMode="numeric"
            min={1}
            max={60}
            label={t("placements.hours")}
            state={state}
          />
          <FormActions>
            <SubmitButton>{t("placements.add")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}
