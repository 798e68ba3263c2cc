#!/usr/bin/env bash
# The benchmark of issue 11: src/bench/run.sh [sizes...]   (default: 10000)
#   e.g. src/bench/run.sh 10000 100000
# Builds the packaged service (target/quarkus-app) if it is missing, builds the harness
# (src/bench/pom.xml, a project of its own that `./mvnw verify` never touches), and for each size
# imports synthetic events into a fresh database through POST /api/v1/import, inserts the same rows
# raw into a second database, drives the query mix and writes target/bench/results.{md,json}.
#
# Assumed MariaDB server (the table records the settings it found): MariaDB 10.11 or later on
# BENCH_DB (127.0.0.1:3306), root with an empty password (BENCH_DB_USER / BENCH_DB_PASSWORD),
# innodb_buffer_pool_size at least the store size (about 30 MB per 10 k events with history; the
# 128 MB default fits 10 k events, not 100 k), innodb_flush_log_at_trx_commit=1, no binary log.
# The harness creates the databases BENCH_DATABASE (coi_bench) and coi_bench_raw, the user
# coi_bench (the service's, so that per-user statistics count its statements) and sets
# userstat=1 (information_schema.USER_STATISTICS); it switches the general log on (to the table
# mysql.general_log, then back as it was) while the service answers each list page once, to read the
# statements it ran.
#
# Settings (environment): BENCH_PORT (18311), BENCH_SEED (11), BENCH_REPEAT (30 requests per
# query), BENCH_CLIENTS (16), BENCH_SECONDS (10 per concurrent run), BENCH_WARMUP_SECONDS (30:
# dry runs of a 1,000-event import before the timed import, the
# whole mix sent over and over to the restarted service before its sequential figures, the
# uncounted start of each concurrent run, and the untimed rounds of CSV, export and JDBC read before
# the streams are timed),
# BENCH_BUNDLE_BYTES (0: the whole data set as one streamed bundle in one request; N: bundles of
# at most N bytes, one request each),
# BENCH_SERVICE_JVM (JVM options of the service; default @deploy/jvm.options, production's; @file
# reads a file of options, an empty value gives none: the JVM's own sizing), BENCH_REBUILD=1 to
# rebuild the service jar,
# BENCH_ONLY=import (only the load and the raw INSERT baseline), BENCH_ONLY=queries (only the
# sequential mix, again, on the store the last run of that size and seed left: no import, no new
# database). The service connects as a database user named like BENCH_DATABASE
# (BENCH_SERVICE_USER to choose another), so two runs on separate databases never mix their
# counters.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)

if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q -f src/bench/pom.xml compile

exec java -Xmx1g -Duser.timezone=UTC \
  -cp "target/bench-build/classes:$(cat target/bench-build/classpath.txt)" \
  -Dbench.repository=. \
  -Dbench.commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo '+changes')" \
  -Dbench.db="${BENCH_DB:-127.0.0.1:3306}" \
  -Dbench.db.user="${BENCH_DB_USER:-root}" \
  -Dbench.db.password="${BENCH_DB_PASSWORD:-}" \
  -Dbench.database="${BENCH_DATABASE:-coi_bench}" \
  -Dbench.port="${BENCH_PORT:-18311}" \
  -Dbench.service-user="${BENCH_SERVICE_USER:-${BENCH_DATABASE:-coi_bench}}" \
  -Dbench.seed="${BENCH_SEED:-11}" \
  -Dbench.repeat="${BENCH_REPEAT:-30}" \
  -Dbench.clients="${BENCH_CLIENTS:-16}" \
  -Dbench.seconds="${BENCH_SECONDS:-10}" \
  -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-30}" \
  -Dbench.bundle-bytes="${BENCH_BUNDLE_BYTES:-0}" \
  -Dbench.service-jvm="${BENCH_SERVICE_JVM-@deploy/jvm.options}" \
  -Dbench.only="${BENCH_ONLY:-}" \
  org.coitimeline.bench.Bench "${sizes[@]}"
