import { test, expect } from "./fixtures";

const DEMO = "/desk/us-and-israel-recall-negotiators-from-doha-ceasefire-talks";

test("an editor adds an item only by citing a passage of a source", async ({ editorPage: page }) => {
  await page.goto(DEMO);
  const panel = page.getByRole("region", { name: "Add an item from a source passage" });
  await expect(panel).toBeVisible();

  // A passage that is not in the source is refused before anything is sent.
  await panel.getByLabel("Or paste the exact passage").fill("Nothing like this sentence appears in the article.");
  await panel.getByLabel("Or paste the exact passage").blur();
  await expect(panel.getByText("That passage is not in this source.")).toBeVisible();

  // Without a passage the server refuses too.
  await panel.getByLabel("Section").selectOption("keyFigures");
  await panel.getByLabel("Item wording").fill("Fifty hostages remain in Gaza.");
  await panel.getByRole("button", { name: "Add cited item" }).click();
  await expect(panel.getByRole("alert")).toBeVisible();

  // A real passage, typed exactly as in the first source.
  await panel
    .getByLabel("Or paste the exact passage")
    .fill("There are 50 hostages left in Gaza, 20 of whom are thought to be alive.");
  await panel.getByLabel("Or paste the exact passage").blur();
  await expect(panel.getByTestId("selected-passage")).toContainText("There are 50 hostages left in Gaza");
  const wording = `Desk figure ${Date.now().toString(36)}: 50 hostages remain, 20 thought alive.`;
  await panel.getByLabel("Item wording").fill(wording);
  await panel.getByRole("button", { name: "Add cited item" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Item added with its citation." })).toBeVisible();

  const added = page.getByTestId("section-keyFigures").getByTestId("curation-item").filter({ hasText: wording });
  await expect(added).toBeVisible();
  await expect(added.getByTestId("item-origin")).toContainText("Added by Eda Editor");
  await expect(added.getByTestId("corroboration")).toContainText("1 outlet");
  await added.getByRole("button", { name: /^Remove/ }).click();
  await expect(page.getByTestId("curation-item").filter({ hasText: wording })).toHaveCount(0);
});
