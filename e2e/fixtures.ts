import { test as base, expect, type Page } from "@playwright/test";

export const ACCOUNTS = {
  admin: { email: "admin@e2e.test", password: "admin-password-e2e" },
  editor: { email: "editor@e2e.test", password: "editor-password-e2e" },
  disabled: { email: "disabled@e2e.test", password: "disabled-password-e2e" },
  // Only the throttle test signs in (and fails) with this one, so no other test meets its delays.
  throttled: { email: "throttled@e2e.test", password: "throttled-password-e2e" },
} as const;

export async function login(page: Page, who: keyof typeof ACCOUNTS = "editor", callbackUrl = "/desk") {
  const account = ACCOUNTS[who];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export const test = base.extend<{ editorPage: Page }>({
  editorPage: async ({ page }, use) => {
    await login(page, "editor");
    await use(page);
  },
});

export { expect };

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}`;
}

export async function createStory(page: Page, title: string): Promise<void> {
  await page.goto("/desk");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
}
