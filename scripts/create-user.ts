// npm run user:create -- --email ed@example.org --name "Ed Itor" --role EDITOR [--password …]
// Without --password a strong one is generated and printed once.
import { parseArgs } from "./cli-args";
import { createUserAsOperator, DuplicateUserError, resetPasswordAsOperator } from "@/lib/server/users";
import { generatePassword } from "@/lib/server/passwords";

const USAGE = `usage: npm run user:create -- --email EMAIL [--name NAME] [--role EDITOR|ADMIN] [--password PASSWORD]
       npm run user:create -- --email EMAIL --reset-password [--password PASSWORD]`;

async function main() {
  const { flags, values } = parseArgs(process.argv.slice(2));
  if (flags.has("help")) {
    console.log(USAGE);
    return;
  }
  const email = values.get("email");
  if (!email) {
    console.error(`user:create: --email is required\n${USAGE}`);
    process.exit(2);
  }
  const role = (values.get("role") ?? "EDITOR").toUpperCase();
  if (role !== "EDITOR" && role !== "ADMIN") {
    console.error(`user:create: --role must be EDITOR or ADMIN, not ${role}`);
    process.exit(2);
  }
  const generated = !values.get("password");
  const password = values.get("password") ?? generatePassword();
  if (flags.has("reset-password")) {
    await resetPasswordAsOperator(email, password);
    console.log(`Password reset for ${email}.${generated ? `\nNew password (shown once): ${password}` : ""}`);
    return;
  }
  const user = await createUserAsOperator({
    email,
    name: values.get("name") ?? email.split("@")[0] ?? email,
    role,
    password,
  });
  console.log(
    `Created ${user.role.toLowerCase()} ${user.email}.${generated ? `\nPassword (shown once): ${password}` : ""}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof DuplicateUserError)
    console.error(`user:create: ${error.message} Use --reset-password to set a new password.`);
  else if (error instanceof Error && error.name === "ZodError") console.error(`user:create: ${error.message}`);
  else console.error("user:create failed:", error);
  process.exit(1);
});
