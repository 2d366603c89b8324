import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, valuesOf } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { parseDefaultStatements } from "~/modules/pilots/input";
import { defaultStatementTexts, saveDefaultStatements } from "~/modules/pilots/statements.server";
import { ErrorSummary, FormActions, SubmitButton, TextArea } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.pilots.statements";

export const handle: RouteHandle = { i18n: ["pilots"] };

/** The centre's own starting statements for new pilots. */
export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  return scope.run((tx) => defaultStatementTexts(tx, scope));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const formData = await readForm(request);
  const parsed = parseDefaultStatements(formData);
  if (!parsed.ok) return invalid({ errors: parsed.errors, values: valuesOf(formData) });
  try {
    await scope.run((tx) => saveDefaultStatements(tx, scope, parsed.value));
    return redirectWithNotice("/pilots/statements", "pilotDefaults");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function DefaultStatements({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pilots");
  const { texts, own } = loaderData;
  return (
    <>
      <PageHeading
        title={t("defaults.title")}
        lead={t("defaults.intro")}
        back={{ to: "/pilots", label: t("detail.back") }}
      />
      {own ? null : (
        <Notice kind="info">
          <p className="utrecht-paragraph">{t("defaults.builtIn")}</p>
        </Notice>
      )}
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <p className="utrecht-paragraph">{t("defaults.hint")}</p>
        {[...texts, ""].map((text, n) => (
          <TextArea
            // biome-ignore lint/suspicious/noArrayIndexKey: the fields are numbered by position
            key={n}
            name={`default_${n + 1}`}
            label={n < texts.length ? t("defaults.field", { n: n + 1 }) : t("defaults.extra")}
            state={actionData}
            defaultValue={text}
            rows={2}
          />
        ))}
        <FormActions>
          <SubmitButton>{t("defaults.save")}</SubmitButton>
          <Link className="utrecht-link" to="/pilots">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
