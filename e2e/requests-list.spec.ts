import { expect, loginWithPassword, test } from "./fixtures";
import { PAGING } from "./pages.data";
import { PASSWORD, person } from "./people";

test("the requests list is paged and keeps its filters from page to page", async ({ page, checkA11y }) => {
  await loginWithPassword(page, person("e2e-paging", "coordinator").email, PASSWORD);
  await page.goto("/requests");
  await expect(page.getByText(`${PAGING.fresh + PAGING.busy} aanvragen`)).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Pagina's" });
  await expect(pages).toBeVisible();
  await checkA11y();

  // filter on status: the count and the page links follow the filter
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Nieuw" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page.getByText(`${PAGING.fresh} aanvragen`)).toBeVisible();
  await expect(page.getByRole("cell", { name: /Bezig met vraag/ })).toHaveCount(0);
  await pages.getByRole("link", { name: "Naar pagina 2" }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page).toHaveURL(/page=2/);
  await expect(pages.locator('[aria-current="page"]')).toHaveText("Pagina 2");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("new");
  await expect(page.getByRole("cell", { name: /Bezig met vraag/ })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(5 + 1); // the header row and the five beyond the first page
  await checkA11y();
  await pages.getByRole("link", { name: "Vorige" }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page).not.toHaveURL(/page=2/);
});
