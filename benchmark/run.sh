#!/bin/sh
# The whole benchmark: for each size, generate the large organisation, time the SQL floor of the
# report summary, start the application on it (Payara Micro, as the run profile does), drive it
# over HTTP, stop it; then print both sizes side by side with the ratios and the targets.
#
#   benchmark/run.sh            # H2, an embedded file per size under benchmark/target/
#   benchmark/run.sh postgresql # PostgreSQL at 127.0.0.1:5432/test, schemas bench_2000 and bench_20000
#
# Settings (environment): SIZES ("2000 20000"), SEED (42), BENCH_PASSWORD (of the generated
# accounts), PORT (18480), PG_URL (jdbc:postgresql://127.0.0.1:5432/test; parameters may follow, e.g.
# ?options=-c%20jit=off as the README advises), PG_USER (postgres),
# BUDGET_SECONDS (40, per scenario), THROUGHPUT_SECONDS (20).
set -eu
cd "$(dirname "$0")/.."
DB=${1:-h2}
SIZES=${SIZES:-"2000 20000"}
SEED=${SEED:-42}
PASSWORD=${BENCH_PASSWORD:-bench-password-2026}
PORT=${PORT:-18480}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
TODAY=$(date +%F)
OUT=benchmark/target/results
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}

mvn -q -pl web,benchmark -am package -DskipTests
# A copy to deploy, so that another build of the project meanwhile cannot change it under the server.
cp web/target/pmo-rotations.war benchmark/target/pmo-rotations.war
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$PAYARA_VERSION
# The service's classes: the floor step also times the data check of the report cache (DataFingerprint).
CP=benchmark/target/classes:service/target/classes:$(cat benchmark/target/classpath.txt)
mkdir -p $OUT

for staff in $SIZES; do
    echo "=== $staff staff on $DB ($(date -u +%FT%TZ))"
    if [ "$DB" = postgresql ]; then
        schema=bench_$staff
        psql -q -h 127.0.0.1 -U "$PG_USER" -d test -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;"
        case "$PG_URL" in *\?*) URL="$PG_URL&currentSchema=$schema" ;; *) URL="$PG_URL?currentSchema=$schema" ;; esac
        USER=$PG_USER; DBPASS=${PG_PASSWORD:-none}
    else
        data=$PWD/benchmark/target/data-$staff
        rm -rf "$data"
        URL="jdbc:h2:file:$data/pmo-rotations;DB_CLOSE_ON_EXIT=FALSE"; USER=sa; DBPASS=embedded
    fi
    results=$OUT/$DB-$staff.properties
    rm -f "$results"
    mvn -q -Pgenerate -pl benchmark -am compile -Dstaff=$staff -Dseed=$SEED -Dtoday=$TODAY -Dpassword="$PASSWORD" \
        -Ddb.url="$URL" -Ddb.user=$USER -Ddb.password=$DBPASS 2>&1 | grep -v -e '^INFO' -e 'flywaydb' -e '^[A-Z][a-z][a-z] [0-9]' || true
    java -cp "$CP" org.pmorotations.benchmark.Benchmark floor --db-url "$URL" --db-user $USER --db-password $DBPASS \
        --as-of $TODAY --staff $staff --out $results

    log=benchmark/target/server-$DB-$staff.log
    DB_URL="$URL" DB_USER=$USER DB_PASSWORD=$DBPASS DEMO_DATA=false \
        java -Dhazelcast.phone.home.enabled=false -jar "$JAR" --deploy benchmark/target/pmo-rotations.war --port $PORT \
        --nocluster --disablephonehome --rootdir benchmark/target/payara-root > $log 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    started=$(date +%s)
    until curl -fs -o /dev/null http://localhost:$PORT/login.xhtml; do
        if [ $(( $(date +%s) - started )) -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
            echo "The application did not start; see $log"; exit 1
        fi
        sleep 2
    done
    echo "Application ready in $(( $(date +%s) - started )) s"
    java -cp "$CP" org.pmorotations.benchmark.Benchmark http --url http://localhost:$PORT --user pmo.manager \
        --password "$PASSWORD" --pid $pid --staff $staff --out $results \
        --budget-seconds ${BUDGET_SECONDS:-40} --throughput-seconds ${THROUGHPUT_SECONDS:-20}
    kill $pid; wait $pid 2>/dev/null || true
    trap - EXIT
done

set -- $SIZES
if [ $# -ge 2 ]; then
    echo "=== $DB, $1 and $2 staff; $(nproc) cores; $(date -u +%F)"
    java -cp "$CP" org.pmorotations.benchmark.Benchmark table --small $OUT/$DB-$1.properties --large $OUT/$DB-$2.properties
fi
