# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the tests of the second provider.
# Sets RZ_TEST_POSTGRES and stop_postgres; the caller stops the server with a trap.

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || {
    echo "Could not install postgresql." >&2
    exit 1
  }
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# initdb refuses to run as root: as root the cluster belongs to the package's postgres user.
pg_dir=$(mktemp -d)
pg_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pg_dir"
  pg_as=(runuser -u postgres --)
fi

# A free port on loopback: the first one nothing answers on.
pg_port=
for port in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    pg_port=$port
    break
  fi
done
if [ -z "$pg_port" ]; then
  echo "No free port for PostgreSQL between 55432 and 55532." >&2
  exit 1
fi

# Trust on loopback only, C collation (byte order, as SQLite compares), no durability: the data dies with the run.
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U rz --auth=trust -E UTF8 --locale=C >/dev/null || {
  echo "initdb failed." >&2
  exit 1
}
"${pg_as[@]}" "$pg_bin/pg_ctl" start -w -D "$pg_dir/data" -l "$pg_dir/server.log" \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null || {
  echo "PostgreSQL did not start:" >&2
  cat "$pg_dir/server.log" >&2
  exit 1
}

stop_postgres() {
  "${pg_as[@]}" "$pg_bin/pg_ctl" stop -w -m fast -D "$pg_dir/data" >/dev/null
  rm -rf "$pg_dir"
}

export RZ_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=rz;Database=postgres"
