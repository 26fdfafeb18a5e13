import { test, expect, login, ACCOUNTS } from "./fixtures";

test("an editor signs in with the right password and reaches the desk", async ({ page }) => {
  await login(page, "editor");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  await expect(page.getByText("Eda Editor")).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a disabled account cannot sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.disabled.email);
  await page.getByLabel("Password").fill(ACCOUNTS.disabled.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "has been disabled" })).toBeVisible();
});

test("an anonymous visitor is sent to sign-in from an editor page", async ({ page }) => {
  await page.goto("/desk/some-story");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in to the desk" })).toBeVisible();
});

test("an editor is kept out of the admin page; sign-out ends the session", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/desk\?denied=1/);
  await expect(page.getByRole("alert").filter({ hasText: "administrators only" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an admin creates an editor on the users page", async ({ page }) => {
  await login(page, "admin", "/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const email = `new-${Date.now().toString(36)}@e2e.test`;
  await page.getByLabel("Name").fill("New Editor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created ${email}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByRole("button", { name: `Enable ${email}` })).toBeVisible();
});

test("an admin reads the audit log and filters it by action", async ({ page }) => {
  await login(page, "admin", "/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption("user.sign-in");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=user.sign-in/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("user.sign-in");
  expect(await rows.filter({ hasNotText: "user.sign-in" }).count()).toBe(0);
});
