#!/usr/bin/env bash
# Remakes database.zip: the H2 database of the first release (commit b97bbe1, migrations V1-V5,
# the first BPMN model) holding a case at each of its stages and one of each outcome, made by that
# release itself through its own REST API. UpgradeFromFirstReleaseTests restores it and finishes
# every case on the current version.
#
#   git worktree add --detach /tmp/first-release b97bbe1
#   (cd /tmp/first-release && mvn -B -q package -DskipTests)
#   src/test/resources/first-release/make-database.sh /tmp/first-release/target/dispute-desk-0.1.0-SNAPSHOT.jar
#   git worktree remove --force /tmp/first-release
#
# The cases are named by their order reference (FR-…), which the test looks them up by.
set -euo pipefail

JAR=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
H2=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar}
PORT=${PORT:-18435}
WORK=$(mktemp -d)
DB="$WORK/dispute-desk"
B=http://127.0.0.1:$PORT/api
PID=
trap '[ -z "$PID" ] || kill -TERM "$PID" 2>/dev/null || true' EXIT

start() {  # start [extra arguments...]: the first release on the database, demo profile, until healthy
  (cd "$WORK" && exec java -Xmx384m -jar "$JAR" --server.port="$PORT" \
      --spring.datasource.url="jdbc:h2:file:$DB;WRITE_DELAY=0" --disputes.filing.max-per-window=100 "$@" >>"$WORK/server.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "the first release did not start; see $WORK/server.log" >&2
  exit 1
}

stop() {  # SIGTERM: the graceful shutdown closes the database cleanly
  kill -TERM "$PID"
  wait "$PID" || true
  PID=
}

post() {  # post USER PATH [JSON]
  local body=${3:-}
  if [ -n "$body" ]; then
    curl -sf -u "$1:demo" -H 'Content-Type: application/json' -X POST "$B$2" -d "$body" >/dev/null
  else
    curl -sf -u "$1:demo" -X POST "$B$2" >/dev/null
  fi
}

file() {  # file ORDER_REF REMEDY CLAIMED: a complaint of buyer1 against shop-hm-001, its id
  curl -sf -u buyer1:demo -H 'Content-Type: application/json' -X POST "$B/complaints" -d "{
    \"shopId\": \"shop-hm-001\", \"orderRef\": \"$1\", \"category\": \"NONSTANDARD_LABEL\",
    \"description\": \"The tag says 100% cotton; it feels like polyester.\",
    \"orderAmount\": 299.00, \"claimedAmount\": $3, \"desiredRemedy\": \"$2\",
    \"livestream\": {\"room\": \"hm-live-88\", \"offsetSeconds\": 1520}}" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
}

stage() {
  curl -sf -u admin:demo "$B/complaints/$1" | grep -o '"stage":"[^"]*"' | head -1 | cut -d'"' -f4
}

await() {  # await ID STAGE: the job executor fires the short deadlines of the first run
  for _ in $(seq 1 60); do
    [ "$(stage "$1")" = "$2" ] && return 0
    sleep 1
  done
  echo "case $1 never reached $2" >&2
  exit 1
}

talk() {  # a message from each side and an evidence file (a 1x1 PNG)
  post buyer1 "/complaints/$1/messages" '{"text": "Photos of the tag attached."}'
  post shop1 "/complaints/$1/messages" '{"text": "We are checking with the factory."}'
  printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xaeB`\x82' >"$WORK/tag.png"
  curl -sf -u buyer1:demo -F "file=@$WORK/tag.png;type=image/png" -F note=tag "$B/complaints/$1/evidence" >/dev/null
}

reject() { post shop1 "/complaints/$1/shop-response" '{"decision": "REJECT", "message": "The label is correct."}'; }
accept() { post shop1 "/complaints/$1/shop-response" '{"decision": "ACCEPT", "message": "Sorry, we refund."}'; }
escalate() { reject "$1"; post buyer1 "/complaints/$1/buyer-review" '{"decision": "ESCALATE"}'; }
claim() { post mediator1 "/complaints/$1/mediation/claim"; }
rule() { post mediator1 "/complaints/$1/mediation/decision" "{\"decision\": \"$2\", \"remedy\": \"REFUND\", \"amount\": 120.00, \"reasoning\": \"The label is wrong.\"}"; }
fulfil() { post shop1 "/complaints/$1/fulfilment" '{"proof": "Refund sent, Alipay 2026111122001"}'; }

# First run: deadlines short enough to watch a case lapse and one go unfulfilled.
start --disputes.deadlines.buyer-review=PT3S --disputes.deadlines.fulfilment=PT3S
ID=$(file FR-LAPSED REFUND 299.00); reject "$ID"; await "$ID" CLOSED
ID=$(file FR-UNFULFILLED REFUND 299.00); accept "$ID"; await "$ID" MEDIATION
claim "$ID"; rule "$ID" RULE_FOR_BUYER; await "$ID" CLOSED
stop

# Second run: the defaults, so every open case waits on a deadline days away.
start
ID=$(file FR-SHOP-RESPONSE RETURN_AND_REFUND 299.00); talk "$ID"
file FR-SHOP-SILENT REFUND 80.00 >/dev/null
ID=$(file FR-BUYER-REVIEW RETURN_AND_REFUND 299.00); talk "$ID"
post shop1 "/complaints/$ID/shop-response" '{"decision": "COUNTER_OFFER", "remedy": "REFUND", "amount": 150.00, "message": "Half back, keep it."}'
ID=$(file FR-BUYER-REVIEW-SILENT REFUND 299.00); reject "$ID"
ID=$(file FR-MEDIATION-UNCLAIMED REFUND 299.00); talk "$ID"; escalate "$ID"
ID=$(file FR-MEDIATION-CLAIMED REFUND 299.00); escalate "$ID"; claim "$ID"; talk "$ID"
ID=$(file FR-INFORMATION-REQUEST REFUND 299.00); escalate "$ID"; claim "$ID"
post mediator1 "/complaints/$ID/mediation/decision" '{"decision": "REQUEST_INFO", "party": "SHOP", "question": "Which mill made the fabric?", "reasoning": "Need the supplier."}'
ID=$(file FR-COMMITTEE REFUND 299.00); talk "$ID"; escalate "$ID"; claim "$ID"
post mediator1 "/complaints/$ID/mediation/decision" '{"decision": "ESCALATE", "question": "Does the fibre content match the tag?", "reasoning": "Lab test needed"}'
ID=$(file FR-FULFILMENT REFUND 299.00); accept "$ID"
ID=$(file FR-BUYER-CONFIRMATION REFUND 299.00); accept "$ID"; fulfil "$ID"
ID=$(file FR-RESOLVED REFUND 299.00); talk "$ID"; escalate "$ID"; claim "$ID"
post mediator1 "/complaints/$ID/mediation/decision" '{"decision": "ESCALATE", "question": "Does the fibre content match the tag?", "reasoning": "Lab test needed"}'
post committee1 "/complaints/$ID/committee-ruling" '{"finding": "NONCONFORMING", "citations": [{"standard": "GB/T 29862-2013", "clause": "6"}], "reasoning": "Measured 35% cotton against 100% declared."}'
rule "$ID" RULE_FOR_BUYER; fulfil "$ID"; post buyer1 "/complaints/$ID/receipt" '{"received": true}'
post buyer1 "/complaints/$ID/rating" '{"score": 4, "comment": "Slow but fair."}'
ID=$(file FR-REJECTED REFUND 299.00); escalate "$ID"; claim "$ID"; rule "$ID" RULE_FOR_SHOP
ID=$(file FR-WITHDRAWN REFUND 299.00); talk "$ID"; post buyer1 "/complaints/$ID/withdrawal"
stop

java -cp "$H2" org.h2.tools.Script -url "jdbc:h2:file:$DB" -user sa -script "$HERE/database.zip" \
    -options compression zip
rm -rf "$WORK"
ls -l "$HERE/database.zip"
