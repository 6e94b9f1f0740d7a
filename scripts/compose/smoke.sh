#!/bin/sh
# Starts docker-compose.yml's topology with two API servers and two workers, and checks it works
# end to end: both servers ready on their host ports (from 4000-4003), an article enqueued through server A is
# stored by a worker, server B's subscriber receives it live, both servers answer the same read,
# and a job's state is visible from either. Tears everything down (volumes too) at the end.
#
#   scripts/compose/smoke.sh            (from the project root; Docker with compose v2 or docker-compose v1)
set -eu
cd "$(dirname "$0")/../.."
if docker compose version >/dev/null 2>&1; then compose="docker compose"; else compose="docker-compose"; fi
project=newsgraph-smoke
# Creating containers can take minutes on a slow storage driver (vfs) or a busy machine.
export COMPOSE_HTTP_TIMEOUT=${COMPOSE_HTTP_TIMEOUT:-600}
export NEWSGRAPH_API_KEY=compose-smoke-test-key-$$
# A PostgreSQL on the host usually has 5432 already.
export POSTGRES_HOST_PORT=${POSTGRES_HOST_PORT:-55432}
dc() { $compose -p "$project" "$@"; }
sse_log=$(mktemp)
cleanup() {
  [ -n "${sse_pid:-}" ] && kill "$sse_pid" 2>/dev/null || true
  dc down -v --remove-orphans >/dev/null 2>&1 || true
  rm -f "$sse_log"
}
trap cleanup EXIT INT TERM
fail() { echo "smoke: FAILED: $*" >&2; dc ps >&2 || true; dc logs --tail 30 app worker >&2 || true; exit 1; }

# Leftovers of an interrupted run would be reused (or still being removed): start from nothing.
dc down -v --remove-orphans >/dev/null 2>&1 || true
i=0
while [ -n "$(docker ps -aq --filter "label=com.docker.compose.project=$project")" ]; do
  i=$((i + 1)); [ $i -gt 120 ] && fail "containers of an earlier run are still being removed"; sleep 1
done
dc up -d --scale app=2 --scale worker=2
gql() { # PORT JSON-BODY
  curl -sS -X POST "http://127.0.0.1:$1/graphql" -H 'content-type: application/json' \
    -H "authorization: Bearer $NEWSGRAPH_API_KEY" --data "$2"
}
# Compose picks each replica's host port from the app's range: ask it which.
port_of() { dc port --index="$1" app 4000 | sed -n 's/.*:\([0-9][0-9]*\)$/\1/p' | head -1; }
a_port=$(port_of 1); b_port=$(port_of 2)
[ -n "$a_port" ] && [ -n "$b_port" ] || fail "two app replicas with host ports expected"
for port in "$a_port" "$b_port"; do
  i=0
  until curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -gt 300 ] && fail "server on port $port not ready after 300 s"; sleep 1
  done
  echo "smoke: server on port $port ready"
done

curl -sN -X POST "http://127.0.0.1:$b_port/graphql" -H 'accept: text/event-stream' \
  -H 'content-type: application/json' --data '{"query":"subscription{articleIngested{title}}"}' \
  > "$sse_log" &
sse_pid=$!
sleep 2

title="Smoke test: harbour authority reopens the north pier $$"
body=$(printf '%s\\n\\nOSLO, March 3 (Reuters) - The Oslo harbour authority reopened the north pier on Tuesday after repairs, its director Kari Nordmann said. \\"The pier is safe again,\\" Nordmann told reporters.' "$title")
answer=$(gql "$a_port" "{\"query\":\"mutation(\$input:[IngestArticleInput!]!){enqueueArticles(input:\$input){__typename ... on MutationEnqueueArticlesSuccess{data} ... on Error{code message}}}\",\"variables\":{\"input\":[{\"text\":\"$body\"}]}}")
job=$(printf '%s' "$answer" | sed -n 's/.*"data":\["\([^"]*\)"\].*/\1/p')
[ -n "$job" ] || fail "enqueueArticles answered $answer"
echo "smoke: enqueued job $job through server A (port $a_port)"

i=0
while :; do
  state=$(gql "$b_port" "{\"query\":\"{ingestJob(id:\\\"$job\\\"){state attempts article{title}}}\"}")
  case "$state" in
    *'"state":"DONE"'*) break ;;
    *'"state":"FAILED"'*) fail "job failed: $state" ;;
  esac
  i=$((i + 1)); [ $i -gt 120 ] && fail "job not done after 120 s: $state"; sleep 1
done
echo "smoke: job done, seen from server B (port $b_port): $state"

i=0
until grep -q "harbour authority reopens" "$sse_log"; do
  i=$((i + 1)); [ $i -gt 20 ] && fail "server B's subscriber got no articleIngested: $(cat "$sse_log")"; sleep 1
done
echo "smoke: server B's subscriber received the article stored by a worker"

read='{"query":"{entities(first:5,filter:{search:\"Nordmann\"}){totalCount edges{node{name type mentionCount aliases}}} articles(first:50){totalCount}}"}'
# The servers load the seed articles in the background after starting: wait until that settles.
i=0
while :; do
  a=$(gql "$a_port" "$read"); b=$(gql "$b_port" "$read")
  if [ "$a" = "$b" ]; then
    case "$a" in *Nordmann*) break ;; esac
  fi
  i=$((i + 1)); [ $i -gt 120 ] && fail "servers answer differently or without the stored article: $a / $b"; sleep 1
done
echo "smoke: both servers answer the same read: $a"
echo "smoke: OK ($(dc ps -q app | wc -l) API servers, $(dc ps -q worker | wc -l) workers)"
