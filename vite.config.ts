import { fileURLToPath } from "node:url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  ssr: {
    external: [
      "@electric-sql/pglite",
      "pg",
      "better-auth",
      "exceljs",
      "nodemailer",
      "pino",
      "playwright-core",
    ],
  },
});
