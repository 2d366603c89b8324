import { Form } from "react-router";
import { dayParts, expertStatuses } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { slotKey, weekdays } from "~/modules/pool/rules";
import { DataTable } from "~/ui/data-table";
import {
  ChoiceGroup,
  ErrorSummary,
  FormActions,
  type FormState,
  type Option,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";

/** What the form starts with: empty for a new expert, the saved values when editing. */
export type ExpertFormValues = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  status: string;
  certifiedOn: string | null;
  homeAreaId: string | null;
  maxTravelKm: number | null;
  acceptsOnline: boolean;
  languages: string[];
  profileText: string;
  privateNotes: string;
  themeIds: string[];
  workFormIds: string[];
  areaIds: string[];
  availability: string[];
};

export const emptyExpert: ExpertFormValues = {
  firstName: "",
  lastName: "",
  email: null,
  phone: null,
  status: "in_training",
  certifiedOn: null,
  homeAreaId: null,
  maxTravelKm: null,
  acceptsOnline: true,
  languages: ["Nederlands"],
  profileText: "",
  privateNotes: "",
  themeIds: [],
  workFormIds: [],
  areaIds: [],
  availability: [],
};

type Item = { id: string; name: string; active?: boolean };

/** Active items, plus inactive ones this expert already has (so saving does not drop them). */
function optionsOf(items: Item[], chosen: string[]): Option[] {
  return items
    .filter((i) => i.active !== false || chosen.includes(i.id))
    .map((i) => ({ value: i.id, label: i.name }));
}

function Choices(props: { name: string; legend: string; items: Item[]; chosen: string[]; state: FormState }) {
  const { t } = useTranslation("pool");
  const options = optionsOf(props.items, props.chosen);
  if (options.length === 0)
    return (
      <fieldset className="utrecht-form-fieldset choice-group">
        <legend>{props.legend}</legend>
        <p className="utrecht-paragraph muted">{t("form.noItems")}</p>
      </fieldset>
    );
  return (
    <ChoiceGroup
      name={props.name}
      legend={props.legend}
      state={props.state}
      options={options}
      defaultValues={props.chosen}
    />
  );
}

function AvailabilityGrid({ chosen, state }: { chosen: string[]; state: FormState }) {
  const { t } = useTranslation("pool");
  const submitted = state?.values?.availability;
  const ticked = submitted === undefined ? (state?.values ? [] : chosen) : [submitted].flat();
  return (
    <fieldset className="utrecht-form-fieldset choice-group" aria-describedby="availability-description">
      <legend>
        {t("form.availability")} <span className="field-optional">({t("common:form.optional")})</span>
      </legend>
      <p className="utrecht-form-field-description" id="availability-description">
        {t("form.availabilityHelp")}
      </p>
      <DataTable
        caption={t("form.availabilityCaption")}
        captionHidden
        layout="scroll"
        rows={[...weekdays]}
        rowKey={(weekday) => String(weekday)}
        columns={[
          { key: "day", header: t("form.day"), rowHeader: true, cell: (weekday) => t(`weekday.${weekday}`) },
          ...dayParts.map((dayPart) => ({
            key: dayPart,
            header: t(`dayPart.${dayPart}`),
            cell: (weekday: (typeof weekdays)[number]) => {
              const key = slotKey({ weekday, dayPart });
              return (
                <div className="choice">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={`availability-${key}`}
                    name="availability"
                    value={key}
                    defaultChecked={ticked.includes(key)}
                  />
                  <label htmlFor={`availability-${key}`}>
                    <span className="visually-hidden">{t(`weekday.${weekday}`)} </span>
                    {t(`dayPart.${dayPart}`)}
                  </label>
                </div>
              );
            },
          })),
        ]}
      />
    </fieldset>
  );
}

/** The expert form for /pool/new and /pool/:id/edit. Plain POST: works without JavaScript. */
export function ExpertForm({
  values,
  state,
  lists,
  cancelTo,
}: {
  values: ExpertFormValues;
  state: FormState;
  lists: { themes: Item[]; workForms: Item[]; areas: Item[] };
  cancelTo: string;
}) {
  const { t } = useTranslation("pool");
  return (
    <>
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <Section title={t("form.person")} id="person">
          <TextField
            name="firstName"
            label={t("form.firstName")}
            state={state}
            required
            defaultValue={values.firstName}
            autoComplete="off"
          />
          <TextField
            name="lastName"
            label={t("form.lastName")}
            state={state}
            required
            defaultValue={values.lastName}
            autoComplete="off"
          />
          <TextField
            name="email"
            type="email"
            label={t("form.email")}
            description={t("form.emailHelp")}
            state={state}
            defaultValue={values.email}
            autoComplete="off"
          />
          <TextField
            name="phone"
            type="tel"
            label={t("form.phone")}
            state={state}
            defaultValue={values.phone}
            autoComplete="off"
          />
          <SelectField
            name="status"
            label={t("form.status")}
            state={state}
            required
            defaultValue={values.status}
            options={expertStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <TextField
            name="certifiedOn"
            type="date"
            label={t("form.certifiedOn")}
            state={state}
            defaultValue={values.certifiedOn}
          />
        </Section>
        <Section title={t("form.work")} id="work">
          <Choices
            name="themeIds"
            legend={t("form.themes")}
            items={lists.themes}
            chosen={values.themeIds}
            state={state}
          />
          <Choices
            name="workFormIds"
            legend={t("form.workForms")}
            items={lists.workForms}
            chosen={values.workFormIds}
            state={state}
          />
          <TextArea
            name="profileText"
            label={t("form.profileText")}
            description={t("form.profileTextHelp")}
            state={state}
            defaultValue={values.profileText}
          />
          <TextField
            name="languages"
            label={t("form.languages")}
            description={t("form.languagesHelp")}
            state={state}
            defaultValue={values.languages.join(", ")}
          />
        </Section>
        <Section title={t("form.place")} id="place">
          <Choices
            name="areaIds"
            legend={t("form.areas")}
            items={lists.areas}
            chosen={values.areaIds}
            state={state}
          />
          <SelectField
            name="homeAreaId"
            label={t("form.homeArea")}
            state={state}
            defaultValue={values.homeAreaId}
            emptyLabel={t("form.noHomeArea")}
            options={lists.areas.map((a) => ({ value: a.id, label: a.name }))}
          />
          <TextField
            name="maxTravelKm"
            type="number"
            inputMode="numeric"
            min={0}
            max={500}
            label={t("form.maxTravelKm")}
            state={state}
            defaultValue={values.maxTravelKm}
          />
          <ChoiceGroup
            name="acceptsOnline"
            legend={t("form.online")}
            state={state}
            options={[{ value: "on", label: t("form.acceptsOnline") }]}
            defaultValues={values.acceptsOnline ? ["on"] : []}
          />
          <AvailabilityGrid chosen={values.availability} state={state} />
        </Section>
        <Section title={t("form.privateTitle")} id="private">
          <TextArea
            name="privateNotes"
            label={t("form.privateNotes")}
            description={t("form.privateNotesHelp")}
            state={state}
            defaultValue={values.privateNotes}
          />
        </Section>
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={cancelTo}>
            {t("form.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
