#!/bin/sh
# Two fault drills against the real application on PostgreSQL (schema drill of 127.0.0.1:5432/test):
#
#  1. restart: PostgreSQL is restarted for real while 8 clients book rotations (RestartDrill):
#     answers by status before, during and after, time to the first booking after the database is
#     back and to the last error, bookings lost / stored without an answer / twice / without history;
#     then the server's memory (RSS) after the load.
#  2. kill: a CSV import of 20,000 people is started and the server is killed with kill -9 after
#     KILL_AFTER seconds; the rows of the file in the database must be none or all of them; the
#     server is started again and the same file imported again: 20,000 created.
#  3. stop: the server is sent SIGTERM while 4 clients read rotations; readiness must answer DOWN at
#     once and the requests go on being answered within the grace period (GRACE ms, 10000), then
#     the process ends.
#
#   benchmark/fault-drills.sh                # all three
#   benchmark/fault-drills.sh restart        # or one of them
#
# Needs root or the postgres account for the restart (RESTART, default: pg_ctlcluster of the one
# cluster in /etc/postgresql). Settings (environment): PORT (18490), PG_URL, PG_USER (postgres),
# CLIENTS (8), BEFORE (10 s of load before the restart), AFTER (30 s after), KILL_AFTER (5 s),
# GRACE (10000 ms, as the README's production command).
set -eu
cd "$(dirname "$0")/.."
DRILLS=${1:-"restart kill stop"}
PORT=${PORT:-18490}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
PASSWORD=drill-password-2026
SCHEMA=drill
VERSION=$(ls /etc/postgresql 2>/dev/null | head -1)
RESTART=${RESTART:-"pg_ctlcluster --skip-systemctl-redirect $VERSION main restart"}
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
URL="$PG_URL?currentSchema=$SCHEMA"
OUT=benchmark/target/drills
mkdir -p $OUT

mvn -q -pl web,benchmark -am package -DskipTests
cp web/target/pmo-rotations.war $OUT/pmo-rotations.war
[ -f "$JAR" ] || mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:$PAYARA_VERSION
CP=benchmark/target/classes:$(cat benchmark/target/classpath.txt)

psql -q -h 127.0.0.1 -U "$PG_USER" -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA;"

pid=
start_server() {
    log=$OUT/server-$1.log
    DB_URL="$URL" DB_USER=$PG_USER DB_PASSWORD=none DEMO_DATA=true DEMO_PASSWORD=$PASSWORD \
        java -Xmx1g -XX:+ExitOnOutOfMemoryError -Dhazelcast.phone.home.enabled=false -jar "$JAR" \
        --deploy $OUT/pmo-rotations.war --port $PORT --nocluster --disablephonehome --rootdir $OUT/payara-root \
        --shutdowngrace ${GRACE:-10000} > $log 2>&1 &
    pid=$!
    started=$(date +%s)
    until curl -fs -o /dev/null http://localhost:$PORT/health/ready; do
        if [ $(( $(date +%s) - started )) -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
            echo "The application did not start; see $log"; exit 1
        fi
        sleep 1
    done
    echo "application ready in $(( $(date +%s) - started )) s (pid $pid)"
}
stop_server() {
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
}
trap 'kill $pid 2>/dev/null || true' EXIT
rows() {
    psql -At -h 127.0.0.1 -U "$PG_USER" -d test -c "SELECT COUNT(*) FROM $SCHEMA.staff WHERE employee_number LIKE 'KILL%'"
}

for drill in $DRILLS; do
    case $drill in
    memory)
        # No restart (the command is "true"): 16 clients book for MINUTES (10) while the RSS is sampled every 30 s.
        echo "=== memory drill: ${CLIENTS:-16} booking clients for ${MINUTES:-10} min, RSS every 30 s ($(date -u +%FT%TZ))"
        start_server memory
        echo "RSS at start: $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1 / 1024}')"
        ( while kill -0 $pid 2>/dev/null; do sleep 30; echo "RSS $(date -u +%T): $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1 / 1024}')"; done ) &
        sampler=$!
        half=$(( ${MINUTES:-10} * 30 ))
        java -cp "$CP" org.pmorotations.benchmark.RestartDrill http://localhost:$PORT pmo.manager $PASSWORD "$URL" $PG_USER \
            true ${CLIENTS:-16} $half $half
        echo "RSS after the load: $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1 / 1024}')"
        kill $sampler 2>/dev/null || true
        stop_server
        ;;
    restart)
        echo "=== restart drill: PostgreSQL restarted under ${CLIENTS:-8} booking clients ($(date -u +%FT%TZ))"
        start_server restart
        java -cp "$CP" org.pmorotations.benchmark.RestartDrill http://localhost:$PORT pmo.manager $PASSWORD "$URL" $PG_USER \
            "$RESTART" ${CLIENTS:-8} ${BEFORE:-10} ${AFTER:-30}
        echo "server memory after the load: $(ps -o rss= -p $pid | awk '{printf "%.0f MB RSS", $1 / 1024}')"
        stop_server
        ;;
    kill)
        echo "=== kill drill: the server killed with kill -9 ${KILL_AFTER:-5} s into an import of 20,000 people ($(date -u +%FT%TZ))"
        csv=$OUT/import-20000.csv
        echo "employeeNumber,fullName,email,department,hireDate,level" > $csv
        seq 1 20000 | awk '{printf "KILL%05d,Kill Drill %d,kill.%d@example.com,Drill,2015-03-02,PROJECT_MANAGER\n", $1, $1, $1}' >> $csv
        start_server kill-1
        before=$(rows)
        curl -s -o $OUT/import-killed.json -u pmo.manager:$PASSWORD -H 'Content-Type: text/csv' --data-binary @$csv \
            http://localhost:$PORT/api/v1/staff/import &
        curl_pid=$!
        sleep ${KILL_AFTER:-5}
        kill -9 $pid; wait $pid 2>/dev/null || true
        wait $curl_pid 2>/dev/null || true
        echo "rows of the file before: $before; after kill -9 at ${KILL_AFTER:-5} s: $(rows) (must be 0 or 20000)"
        start_server kill-2
        curl -s -u pmo.manager:$PASSWORD -H 'Content-Type: text/csv' --data-binary @$csv \
            http://localhost:$PORT/api/v1/staff/import | head -c 300; echo
        echo "rows of the file after importing it again: $(rows) (must be 20000)"
        stop_server
        ;;
    stop)
        echo "=== stop drill: SIGTERM under 4 reading clients, grace ${GRACE:-10000} ms ($(date -u +%FT%TZ))"
        start_server stop
        probe() { # every 0.2 s until the server is gone: seconds since the signal, then the status
            while kill -0 $pid 2>/dev/null; do
                code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' -u pmo.manager:$PASSWORD "http://localhost:$PORT$1")
                echo "$(( $(date +%s%N) / 1000000 - signalled )) $code"
                sleep 0.2
            done
        }
        signalled=$(( $(date +%s%N) / 1000000 + 3000 ))
        for client in 1 2 3 4; do probe '/api/v1/rotations?size=20' > $OUT/stop-client-$client.txt & done
        probe /health/ready > $OUT/stop-ready.txt &
        sleep 3
        kill -TERM $pid
        wait $pid 2>/dev/null || true
        gone=$(( $(date +%s%N) / 1000000 - signalled ))
        wait
        echo "process ended $gone ms after SIGTERM"
        echo "readiness after SIGTERM: $(awk '$1 >= 0 {print $2}' $OUT/stop-ready.txt | sort | uniq -c | tr '\n' ' ')(first DOWN at $(awk '$1 >= 0 && $2 == 503 {print $1 " ms"; exit}' $OUT/stop-ready.txt))"
        cat $OUT/stop-client-*.txt | awk -v grace=${GRACE:-10000} '
            $1 < 0 {before[$2]++} $1 >= 0 && $1 < grace {during[$2]++} $1 >= grace {after[$2]++}
            END {
                printf "reads before SIGTERM:"; for (s in before) printf " %s=%d", s, before[s]; print ""
                printf "reads in the grace period:"; for (s in during) printf " %s=%d", s, during[s]; print ""
                printf "reads after it (000: no connection):"; for (s in after) printf " %s=%d", s, after[s]; print ""
            }'
        ;;
    esac
done
