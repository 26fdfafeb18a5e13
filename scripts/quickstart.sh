#!/usr/bin/env bash
# npm run quickstart: install, generate the Prisma clients, migrate the embedded SQLite database,
# seed the first administrator and the demo story, build, and start on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Briefing Desk needs Node.js 20.19 or newer; this is "+process.version+"."); process.exit(1) }'

echo "== Installing dependencies (about two minutes on a fresh machine: better-sqlite3 compiles)"
npm install --no-audit --no-fund

if [ ! -f .env.local ] || ! grep -q '^NEXTAUTH_SECRET=' .env.local; then
  echo "== Writing a new NEXTAUTH_SECRET to .env.local (kept out of git)"
  echo "NEXTAUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" >> .env.local
fi
grep -q '^NEXTAUTH_URL=' .env.local || echo "NEXTAUTH_URL=http://localhost:${PORT:-3000}" >> .env.local

mkdir -p data
echo "== Migrating the database (${DATABASE_URL:-file:./data/briefing-desk.db})"
npm run -s db:migrate

echo "== Seeding the administrator and the demo story"
seed_output=$(npm run -s seed)
echo "$seed_output"

echo "== Building"
npx next build

cat <<MSG

Briefing Desk is starting on http://localhost:${PORT:-3000}
  Sign in:  http://localhost:${PORT:-3000}/sign-in
$(echo "$seed_output" | sed 's/^/  /')
  More editors: npm run user:create -- --email someone@example.org --role EDITOR

MSG
exec node server.mjs -p "${PORT:-3000}"
