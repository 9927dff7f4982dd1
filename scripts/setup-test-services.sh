#!/usr/bin/env bash
# Installs and starts what the test suite needs on a Debian machine: PostgreSQL (on 127.0.0.1),
# Chromium (for browser and accessibility tests) and the npm packages (GOV.UK Frontend, axe-core).
# Idempotent: cheap to run again on a machine that already has everything.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='beacon'\" | grep -q 1 || psql -q -c \"CREATE ROLE beacon LOGIN SUPERUSER PASSWORD 'beacon'\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='beacon'\" | grep -q 1 || createdb -O beacon beacon"

[ -d node_modules/govuk-frontend ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --loglevel=error
echo "Test services ready: PostgreSQL on 127.0.0.1:5432 (role beacon), Chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
