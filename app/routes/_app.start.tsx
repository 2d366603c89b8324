import { useTranslation } from "react-i18next";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.start";

/** The start page: what needs action today, per role. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return { role: viewer.role, name: viewer.name };
}

export default function Start({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("nav.start")}</PageTitle>
      <p className="utrecht-paragraph">
        {loaderData.name} · {t(`roles.${loaderData.role}`)}
      </p>
    </>
  );
}
