#!/usr/bin/env bash
# npm test: type check, lint, formatting check, unit + integration tests (Vitest) and end-to-end tests (Playwright in
# Debian's Chromium). Ends with one line "N passed, N failed" counting every test and check that ran.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export NEXT_TELEMETRY_DISABLED=1

passed=0
failed=0
failures=()
record() { # name, exit code
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$1"); fi
}
finish() {
  echo
  if [ ${#failures[@]} -gt 0 ]; then printf 'Failed: %s\n' "${failures[@]}"; fi
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# --- What a fresh machine may lack -------------------------------------------------------------
if [ ! -d node_modules ]; then
  echo "== Installing npm dependencies"
  npm install --no-audit --no-fund || { echo "npm install failed"; failed=$((failed + 1)); finish; }
fi
need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== Installing ${need_apt[*]} from Debian's packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}") >.tmp/apt.log 2>&1 \
      || { echo "apt-get install ${need_apt[*]} failed (see .tmp/apt.log)"; }
  else
    echo "Missing ${need_apt[*]}: install them (Debian/Ubuntu: sudo apt-get install ${need_apt[*]})"
    echo "or set CHROMIUM_PATH to a Chromium binary. The end-to-end and PDF tests need them."
  fi
fi

# --- Static checks ------------------------------------------------------------------------------
echo "== Generating Prisma clients"
npm run -s db:generate >.tmp/generate.log 2>&1; record "prisma generate" $?
echo "== Type check (tsc --noEmit)"
npx tsc --noEmit; record "typecheck" $?
echo "== Lint (eslint .)"
npx eslint .; record "lint" $?
echo "== Formatting (prettier --check)"
npx prettier --check . >.tmp/prettier.log 2>&1
prettier_rc=$?
[ "$prettier_rc" -ne 0 ] && grep -v "Checking formatting" .tmp/prettier.log && echo "Run npm run format to fix."
record "format" $prettier_rc

# --- PostgreSQL --------------------------------------------------------------------------------
# The integration tests (lib/server/*.postgres.test.ts, postgres.test.ts) and one e2e spec with two
# app instances run against PostgreSQL on 127.0.0.1:5432 (or TEST_POSTGRES_URL) when it answers.
# .ci/run sets REQUIRE_POSTGRES=1: there a missing server is a failure, not a skip.
pg_url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:2000});c.connect().then(()=>c.query('select 1')).then(()=>process.exit(0),()=>process.exit(1))" "$pg_url" 2>/dev/null; then
  postgres=1
  echo "== PostgreSQL answers at ${pg_url%%@*}@…: its tests run"
else
  postgres=0
  if [ "${REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "PostgreSQL does not answer at $pg_url, and REQUIRE_POSTGRES=1."
    record "PostgreSQL reachable" 1
  else
    echo "== PostgreSQL does not answer at $pg_url: its tests are skipped"
  fi
fi

# --- Unit and integration tests -----------------------------------------------------------------
echo "== Unit and integration tests (vitest)"
rm -f .tmp/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
vitest_rc=$?
if [ -f .tmp/vitest.json ]; then
  read -r vp vf < <(node scripts/count-results.mjs vitest .tmp/vitest.json)
  passed=$((passed + vp)); failed=$((failed + vf))
  [ "$vitest_rc" -ne 0 ] && [ "$vf" -eq 0 ] && record "vitest (exit $vitest_rc)" 1
  [ "$vf" -gt 0 ] && failures+=("vitest: $vf failed")
else
  record "vitest (no report)" 1
fi

# --- End-to-end tests ---------------------------------------------------------------------------
echo "== Building the app for end-to-end tests"
NEXTAUTH_SECRET=build-only-secret-build-only-secret-xx npx next build >.tmp/build.log 2>&1
build_rc=$?
record "next build" $build_rc
if [ "$build_rc" -ne 0 ]; then
  tail -40 .tmp/build.log
else
  echo "== End-to-end tests (Playwright, Debian chromium)"
  rm -f .tmp/playwright.json
  PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test
  pw_rc=$?
  if [ -f .tmp/playwright.json ]; then
    read -r pp pf < <(node scripts/count-results.mjs playwright .tmp/playwright.json)
    passed=$((passed + pp)); failed=$((failed + pf))
    [ "$pf" -gt 0 ] && failures+=("playwright: $pf failed")
    [ "$pw_rc" -ne 0 ] && [ "$pf" -eq 0 ] && record "playwright (exit $pw_rc)" 1
  else
    record "playwright (no report)" 1
  fi
  if [ "$postgres" = 1 ]; then
    echo "== End-to-end: two app instances on one PostgreSQL database"
    rm -f .tmp/playwright-postgres.json
    PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright-postgres.json npx playwright test -c playwright.postgres.config.ts
    pg_rc=$?
    if [ -f .tmp/playwright-postgres.json ]; then
      read -r pp pf < <(node scripts/count-results.mjs playwright .tmp/playwright-postgres.json)
      passed=$((passed + pp)); failed=$((failed + pf))
      [ "$pf" -gt 0 ] && failures+=("playwright (PostgreSQL): $pf failed")
      [ "$pg_rc" -ne 0 ] && [ "$pf" -eq 0 ] && record "playwright PostgreSQL (exit $pg_rc)" 1
    else
      record "playwright PostgreSQL (no report)" 1
    fi
  fi
fi

finish
