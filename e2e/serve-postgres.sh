#!/usr/bin/env bash
# Starts one of two app instances that share one fresh PostgreSQL database (playwright.postgres.config.ts).
# The first instance creates and migrates the database and adds the accounts; the second waits for it.
set -euo pipefail
cd "$(dirname "$0")/.."
role="$1" port="$2"
: "${E2E_PG_DB:?set by playwright.postgres.config.ts}"
admin_url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
export DATABASE_URL="${admin_url%/*}/$E2E_PG_DB"
export NEXTAUTH_URL="http://localhost:$port"
export NEXTAUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-e2e-secret"
export ALLOW_PRIVATE_URLS=1
ready=".tmp/$E2E_PG_DB.ready"
mkdir -p .tmp
[ -f .next/BUILD_ID ] || { echo "build the app first (npx next build)"; exit 1; }
if [ "$role" = primary ]; then
  rm -f "$ready"
  node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query('CREATE DATABASE \"'+process.argv[2]+'\"')).then(()=>c.end())" "$admin_url" "$E2E_PG_DB"
  node node_modules/prisma/build/index.js migrate deploy >/dev/null
  npx tsx --conditions=react-server scripts/create-user.ts --email editor@e2e.test --name "Eda Editor" --role EDITOR --password editor-password-e2e >/dev/null
  npx tsx --conditions=react-server scripts/create-user.ts --email second@e2e.test --name "Sol Second" --role EDITOR --password second-password-e2e >/dev/null
  touch "$ready"
else
  for _ in $(seq 1 240); do [ -f "$ready" ] && break; sleep 0.5; done
  [ -f "$ready" ] || { echo "the primary instance did not prepare $E2E_PG_DB"; exit 1; }
fi
exec node server.mjs -p "$port"
