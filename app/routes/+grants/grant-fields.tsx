import { useTranslation } from "~/i18n/use-translation";
import { provinces } from "~/modules/grants/values";
import { type FormState, SelectField, TextArea, TextField } from "~/ui/form";

export type GrantFormValues = {
  name: string;
  funderName: string;
  reference: string;
  amountCents: number | null;
  startsOn: string;
  endsOn: string;
  province: string | null;
  description: string;
};

/** Cents as the amount field shows them: "250000,00". */
export function centsToField(cents: number | null): string {
  if (cents === null) return "";
  return (cents / 100).toFixed(2).replace(".", ",");
}

/** The fields of a grant, for the new and the edit page. */
export function GrantFields({ state, grant }: { state?: FormState; grant?: GrantFormValues }) {
  const { t } = useTranslation("grants");
  return (
    <>
      <TextField name="name" label={t("form.name")} state={state} required defaultValue={grant?.name} />
      <TextField
        name="funderName"
        label={t("form.funderName")}
        description={t("form.funderNameHelp")}
        state={state}
        required
        defaultValue={grant?.funderName}
      />
      <TextField
        name="reference"
        label={t("form.reference")}
        description={t("form.referenceHelp")}
        state={state}
        defaultValue={grant?.reference}
      />
      <TextField
        name="amount"
        label={t("form.amount")}
        description={t("form.amountHelp")}
        inputMode="decimal"
        state={state}
        defaultValue={centsToField(grant?.amountCents ?? null)}
      />
      <div className="form-row">
        <TextField
          name="startsOn"
          type="date"
          label={t("form.startsOn")}
          state={state}
          required
          defaultValue={grant?.startsOn}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("form.endsOn")}
          state={state}
          required
          defaultValue={grant?.endsOn}
        />
      </div>
      <SelectField
        name="province"
        label={t("form.province")}
        state={state}
        options={provinces.map((p) => ({ value: p, label: p }))}
        emptyLabel={t("form.noProvince")}
        defaultValue={grant?.province}
      />
      <TextArea
        name="description"
        label={t("form.description")}
        state={state}
        defaultValue={grant?.description}
      />
    </>
  );
}

/** "€ 250.000,00" */
export function formatEuros(cents: number | null, locale: string): string {
  if (cents === null) return "";
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", {
    style: "currency",
    currency: "EUR",
  }).format(cents / 100);
}
