#!/usr/bin/env bash
# Starts the built app for the e2e run on its own fresh SQLite database, with known accounts.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
mkdir -p .tmp
db=".tmp/e2e-$$.db"
rm -f "$db"
export DATABASE_URL="file:./$db"
export NEXTAUTH_URL="http://localhost:$port"
export NEXTAUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-e2e-secret"
export ADMIN_EMAIL="admin@e2e.test" ADMIN_PASSWORD="admin-password-e2e"
export ALLOW_PRIVATE_URLS=1
[ -f .next/BUILD_ID ] || npx next build
node node_modules/prisma/build/index.js migrate deploy >/dev/null
npx tsx --conditions=react-server scripts/seed.ts >/dev/null
npx tsx --conditions=react-server scripts/create-user.ts --email editor@e2e.test --name "Eda Editor" --role EDITOR --password editor-password-e2e >/dev/null
npx tsx --conditions=react-server scripts/create-user.ts --email disabled@e2e.test --name "Dee Sabled" --role EDITOR --password disabled-password-e2e >/dev/null
npx tsx --conditions=react-server scripts/create-user.ts --email throttled@e2e.test --name "Theo Throttled" --role EDITOR --password throttled-password-e2e >/dev/null
sqlite_disable="UPDATE User SET disabled = 1 WHERE email = 'disabled@e2e.test';"
node -e "const D=require('better-sqlite3'); new D(process.argv[1]).exec(process.argv[2])" "$db" "$sqlite_disable"
exec node server.mjs -p "$port"
