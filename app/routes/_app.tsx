import { Outlet } from "react-router";
import { navigationFor } from "~/modules/accounts/navigation";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { brandOf } from "~/modules/centres/brand.server";
import { Shell } from "~/ui/shell";
import type { Route } from "./+types/_app";

/** The frame for signed-in pages. Each child route still runs its own guard (the session is read once). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const current = viewer.memberships.find((m) => m.centreId === viewer.centreId);
  return {
    name: viewer.name,
    centre: current ? brandOf(current) : { name: viewer.centreName },
    role: viewer.role,
    nav: navigationFor(viewer.role),
  };
}

export default function AppLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Shell nav={loaderData.nav} userName={loaderData.name} centre={loaderData.centre}>
      <Outlet />
    </Shell>
  );
}
