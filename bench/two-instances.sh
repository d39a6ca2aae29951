#!/usr/bin/env bash
# Two `ctg serve` instances on one PostgreSQL database, behind nginx on loopback, acting as one
# site (issue 9). Checks, each printed with its verdict:
#   1. started together on an empty database, they load the bundled document once;
#   2. a sign-in made through one instance is valid on the other;
#   3. a status saved through one is seen at once by the other (no stale cached page);
#   4. both answer through nginx.
# Starts PostgreSQL if it is not running; stops what it started (servers and nginx) by PID.
#   bench/two-instances.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."

config=debug
[ "${1:-}" = "--release" ] && config=release
export DEBIAN_FRONTEND=noninteractive
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null 2>&1; }
command -v pg_ctlcluster >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
PGVER=$(ls /etc/postgresql | sort -V | tail -1)
pg_ctlcluster "$PGVER" main status >/dev/null 2>&1 || pg_ctlcluster "$PGVER" main start
pg_isready -h 127.0.0.1 -p 5432 -t 30 >/dev/null

db="ctg_two_$$"
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ctg') THEN CREATE ROLE ctg LOGIN PASSWORD 'ctg'; END IF;
END \$\$;
CREATE DATABASE $db OWNER ctg;
SQL
export DATABASE_URL="postgres://ctg:ctg@127.0.0.1:5432/$db"

swift build -c "$config" --product ctg >/dev/null 2>&1
bin=".build/$config/ctg"
work=$(mktemp -d); pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $db'" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
failed=0
check() { if [ "$2" = ok ]; then echo "ok    $1"; else echo "ÉCHEC $1 ($2)"; failed=1; fi; }

# 1. Both start at once on the empty database.
for port in 18091 18092; do
  CTG_DEMO=0 CTG_SECRET=two-instances "$bin" serve --port "$port" >"$work/server-$port.log" 2>&1 &
  pids+=($!)
done
for port in 18091 18092; do
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
done
counts=$(echo "SELECT (SELECT count(*) FROM territories), (SELECT count(*) FROM conventions), (SELECT count(*) FROM sous_actions)" \
  | su postgres -c "psql -At -F ' ' -d $db")
[ "$counts" = "1 1 46" ] && check "document chargé une seule fois (territoires, conventions, sous-actions : $counts)" ok \
  || check "document chargé une seule fois" "trouvé : $counts"

cat >"$work/nginx.conf" <<CONF
worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log;
events {}
http { access_log off;
  upstream ctg { server 127.0.0.1:18091; server 127.0.0.1:18092; }
  server { listen 127.0.0.1:18090; location / { proxy_pass http://ctg; proxy_set_header Host \$host; } } }
CONF
nginx -c "$work/nginx.conf"
a=http://127.0.0.1:18091; b=http://127.0.0.1:18092
t=$(curl -s "$a/api/v1/territoires" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')

# 2. Sign in on A, use the session on B.
printf 'motdepasse-deux-instances\n' | "$bin" user create --email coord@example.org --role coordinateur \
  --password-stdin >/dev/null
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$a/connexion" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode "email=coord@example.org" \
  --data-urlencode "password=motdepasse-deux-instances" "$a/connexion"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$b/$t/suivi")
[ "$code" = 200 ] && check "connexion faite sur A, valable sur B (/$t/suivi : $code)" ok || check "connexion partagée" "HTTP $code sur B"

# 3. B caches the fiche for visitors; A saves a status; B shows it at once.
fiche="/$t/plan/fiches/1-2-3"
# Visitors see statuses, not comments: count the "en cours" labels before and after.
label='<td class="year-status">en cours</td>'
curl -s "$b$fiche" >/dev/null; before=$(curl -s "$b$fiche" | { grep -o "$label" || true; } | wc -l)
tag_before=$(curl -s -o /dev/null -w '%header{etag}' "$b$fiche")
form=$(curl -s -b "$jar" "$a$fiche" | python3 -c '
import re,sys
html=sys.stdin.read()
m=re.search(r"<form[^>]*action=\"([^\"]*/statut[^\"]*)\"[^>]*>(.*?)</form>", html, re.S)
tok=re.search(r"name=\"csrf\" value=\"([^\"]*)\"", m.group(2)) if m else None
years=re.findall(r"<option value=\"(\d{4})\"", m.group(2)) if m else []
print((m.group(1).replace("&amp;","&") if m else "-"), (tok.group(1) if tok else "-"), (years[-1] if years else "-"))')
read -r action csrf year <<<"$form"
saved=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "year=$year" \
  --data-urlencode "status=en_cours" --data-urlencode "comment=Vu par les deux instances $$" "$a$action")
after=$(curl -s "$b$fiche" | { grep -o "$label" || true; } | wc -l)
tag_after=$(curl -s -o /dev/null -w '%header{etag}' "$b$fiche")
echo "      étiquette (ETag) de la fiche sur B : $tag_before → $tag_after"
[ "$saved" = 303 ] && [ "$after" -gt "$before" ] && check "statut enregistré sur A, visible aussitôt sur B ($before → $after « en cours »)" ok \
  || check "statut visible aussitôt sur B" "enregistrement HTTP $saved, « en cours » : $before → $after sur B"

# 4. Through nginx.
codes=$(for _ in 1 2 3 4; do curl -s -o /dev/null -w '%{http_code} ' "http://127.0.0.1:18090$fiche"; done)
[ "$codes" = "200 200 200 200 " ] && check "nginx répartit entre les deux instances ($codes)" ok || check "nginx" "$codes"
exit "$failed"
