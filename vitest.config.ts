import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "~": fileURLToPath(new URL("./app", import.meta.url)) };
const databaseTests = ["app/**/*.server.test.ts", "bench/**/*.server.test.ts"];

/**
 * Three projects: pure unit tests once; database tests on PGlite; and the same database tests on
 * PostgreSQL when TEST_DATABASE_URL is set (.ci/run sets it to the local server).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["app/**/*.test.ts", "bench/**/*.test.ts"], exclude: databaseTests },
      },
      {
        resolve: { alias },
        test: {
          name: "db-pglite",
          include: databaseTests,
          globalSetup: ["app/test/global-setup.ts"],
          env: { TEST_DB_KIND: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "db-postgres",
                include: databaseTests,
                globalSetup: ["app/test/global-setup.ts"],
                env: { TEST_DB_KIND: "postgres" },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
