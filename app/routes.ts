import type { RouteConfig } from "@react-router/dev/routes";
import { flatRoutes } from "@react-router/fs-routes";

/**
 * File-based routes: a file in app/routes/ is a page; `*.server.ts` and `*.test.ts` there are not, nor
 * anything in a `+feature/` folder (the components that belong to that feature's routes).
 */
export default flatRoutes({
  ignoredRouteFiles: ["**/*.server.ts", "**/*.test.ts", "**/*.test.tsx", "**/+*/**"],
}) satisfies RouteConfig;
