#!/usr/bin/env bash
# Starts (or stops) QuadHub scaled out on one machine: one PostgreSQL, two instances of target/quadhub.jar with the
# demo data, and nginx in front of them. See docs/operations/scale-out.md.
#
#   ops/scale-out.sh start     # PostgreSQL (Debian cluster, or QUADHUB_DB_URL), instances a and b, nginx
#   ops/scale-out.sh stop      # nginx and both instances (PostgreSQL keeps running)
#   ops/scale-out.sh status
#
# Settings (environment): PROXY_PORT (8080), PORT_A (8081), PORT_B (8082), QUADHUB_DB_URL/_USER/_PASSWORD (else the
# local Debian cluster: database quadhub_scale, role quadhub), QUADHUB_SCALE_DIR (target/scale-out: logs, pids,
# nginx config), QUADHUB_SCALE_FRESH=true (drop and recreate the local database first), QUADHUB_SCALE_DEMO (true),
# JAVA_OPTS (-Xmx512m), JAR (target/quadhub.jar). Anything else for the instances: SPRING_APPLICATION_JSON.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PROXY_PORT=${PROXY_PORT:-8080}
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
RUN=${QUADHUB_SCALE_DIR:-$ROOT/target/scale-out}
JAR=${JAR:-$ROOT/target/quadhub.jar}
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx512m}
DEMO=${QUADHUB_SCALE_DEMO:-true}
START_TIMEOUT=${QUADHUB_SCALE_START_TIMEOUT:-180}

log() { echo "[scale-out] $*"; }

wait_http() { # url seconds
	local url=$1 limit=$2 i=0
	until curl -fsS --max-time 5 -o /dev/null "$url" 2>/dev/null; do
		i=$((i + 1))
		if [ "$i" -gt "$limit" ]; then
			return 1
		fi
		sleep 1
	done
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

database() {
	if [ -n "${QUADHUB_DB_URL:-}" ]; then
		log "PostgreSQL: $QUADHUB_DB_URL (given)"
		return
	fi
	if ! command -v pg_lsclusters >/dev/null; then
		echo "No QUADHUB_DB_URL and no Debian PostgreSQL (apt-get install postgresql)" >&2
		exit 1
	fi
	local version port
	version=$(pg_lsclusters -h | awk '$2 == "main" {print $1; exit}')
	if [ -z "$version" ]; then
		echo "No Debian PostgreSQL cluster 'main' (pg_lsclusters)" >&2
		exit 1
	fi
	local state
	state=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}')
	if [ "$state" != "online" ]; then
		log "starting PostgreSQL $version/main"
		pg_ctlcluster "$version" main start
	fi
	port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
	local password=${QUADHUB_SCALE_DB_PASSWORD:-quadhub-scale-out}
	psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
	if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'quadhub'")" != "1" ]; then
		psql_admin -c "create role quadhub login password '$password'"
	else
		psql_admin -c "alter role quadhub password '$password'"
	fi
	if [ "${QUADHUB_SCALE_FRESH:-false}" = "true" ]; then
		psql_admin -c "drop database if exists quadhub_scale with (force)"
	fi
	if [ "$(psql_admin -c "select 1 from pg_database where datname = 'quadhub_scale'")" != "1" ]; then
		psql_admin -c "create database quadhub_scale owner quadhub"
	fi
	export QUADHUB_DB_URL="jdbc:postgresql://127.0.0.1:$port/quadhub_scale"
	export QUADHUB_DB_USER=quadhub
	export QUADHUB_DB_PASSWORD=$password
	log "PostgreSQL: $QUADHUB_DB_URL"
}

instance() { # name port
	local name=$1 port=$2
	if alive "$RUN/$name.pid"; then
		log "instance $name already running (pid $(cat "$RUN/$name.pid"))"
		return
	fi
	local profile=()
	if [ "$DEMO" = "true" ]; then
		profile=(--spring.profiles.active=demo)
	fi
	# shellcheck disable=SC2086
	nohup java $JAVA_OPTS -jar "$JAR" "${profile[@]}" --server.port="$port" --quadhub.instance-id="$name" \
		--server.forward-headers-strategy=native >"$RUN/$name.log" 2>&1 &
	echo $! >"$RUN/$name.pid"
	log "instance $name starting on port $port (pid $!, log $RUN/$name.log)"
}

wait_instance() { # name port
	if ! wait_http "http://127.0.0.1:$2/actuator/health" "$START_TIMEOUT"; then
		echo "instance $1 did not become healthy in ${START_TIMEOUT}s; last lines of its log:" >&2
		tail -n 40 "$RUN/$1.log" >&2
		exit 1
	fi
	log "instance $1 healthy on port $2"
}

proxy() {
	if ! command -v nginx >/dev/null; then
		echo "nginx is not installed (apt-get install nginx)" >&2
		exit 1
	fi
	mkdir -p "$RUN/nginx-tmp"
	chmod 0777 "$RUN/nginx-tmp"
	sed -e "s/127.0.0.1:8081/127.0.0.1:$PORT_A/" -e "s/127.0.0.1:8082/127.0.0.1:$PORT_B/" \
		-e "s/listen 8080;/listen $PROXY_PORT;/" ops/nginx/quadhub.conf >"$RUN/quadhub.conf"
	cat >"$RUN/nginx.conf" <<CONF
worker_processes 2;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent upstream=\$upstream_addr \$request_time';
    access_log $RUN/nginx-access.log upstream;
    client_body_temp_path $RUN/nginx-tmp/body;
    proxy_temp_path $RUN/nginx-tmp/proxy;
    fastcgi_temp_path $RUN/nginx-tmp/fastcgi;
    uwsgi_temp_path $RUN/nginx-tmp/uwsgi;
    scgi_temp_path $RUN/nginx-tmp/scgi;
    include $RUN/quadhub.conf;
}
CONF
	if alive "$RUN/nginx.pid"; then
		nginx -c "$RUN/nginx.conf" -s reload
	else
		nginx -c "$RUN/nginx.conf"
	fi
	wait_http "http://127.0.0.1:$PROXY_PORT/actuator/health" 30
	log "nginx on port $PROXY_PORT -> $PORT_A, $PORT_B"
}

stop_pid() { # file name
	local file=$1 name=$2 pid i
	if ! alive "$file"; then
		rm -f "$file"
		return
	fi
	pid=$(cat "$file")
	kill "$pid"
	for i in $(seq 1 30); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "$name did not stop in 30 s: killing it"
		kill -9 "$pid"
	fi
	rm -f "$file"
	log "$name stopped"
}

case "${1:-}" in
start)
	[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -B -ntp package -DskipTests first" >&2; exit 1; }
	mkdir -p "$RUN"
	database
	# one at a time: the first applies the migrations and loads the demo data, the second finds them
	instance a "$PORT_A"
	wait_instance a "$PORT_A"
	instance b "$PORT_B"
	wait_instance b "$PORT_B"
	proxy
	log "up: http://127.0.0.1:$PROXY_PORT (instances a:$PORT_A b:$PORT_B)"
	;;
stop)
	if [ -f "$RUN/nginx.conf" ] && alive "$RUN/nginx.pid"; then
		nginx -c "$RUN/nginx.conf" -s quit
		for i in $(seq 1 10); do alive "$RUN/nginx.pid" || break; sleep 1; done
		log "nginx stopped"
	fi
	stop_pid "$RUN/b.pid" "instance b"
	stop_pid "$RUN/a.pid" "instance a"
	;;
status)
	for name in a b nginx; do
		if alive "$RUN/$name.pid"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"; else echo "$name: stopped"; fi
	done
	;;
*)
	echo "usage: $0 start|stop|status" >&2
	exit 2
	;;
esac
