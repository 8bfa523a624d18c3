# PostgreSQL on 127.0.0.1 for the central-service tests. initdb/pg_ctl refuse root: run as postgres.
PG_DIR=""
PG_PORT=""

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  PG_DIR=$(mktemp -d /tmp/heemang-pg.XXXXXX)
  chown postgres:postgres "$PG_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$PG_DIR/data" -U test --auth=trust -E UTF8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start >/dev/null
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U test heemang_test
  export HEEMANG_TEST_PG_URL="postgresql+psycopg://test@127.0.0.1:$PG_PORT/heemang_test"
  echo "== PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [ -n "$PG_DIR" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1
  [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
  return 0
}
