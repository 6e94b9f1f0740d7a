#!/bin/sh
# Builds local stand-ins for the two images docker-compose.yml names, `node:20` and `postgres:16`,
# from Debian packages, for a machine whose Docker daemon cannot pull from Docker Hub (this project's
# offline CI machine). With Docker Hub within reach none of this is needed: compose pulls the real ones.
#
#   sudo scripts/compose/standin-images.sh [WORKDIR]     (needs debootstrap, docker and network access to Debian)
#
# node:20      Debian bookworm (minbase) with this machine's own `node`, npm and CA bundle copied in.
# postgres:16  Debian bookworm with its PostgreSQL 15 and an entrypoint that does what the official
#              image's does for docker-compose.yml: initdb on an empty volume, the POSTGRES_USER role
#              with POSTGRES_PASSWORD owning POSTGRES_DB, password logins from the network. The major
#              version differs (15, Debian's), which the project supports (its CI server is 15).
set -eu
work=${1:-/tmp/newsgraph-standin-images}
mkdir -p "$work"
base="$work/rootfs"
if [ ! -x "$base/bin/sh" ]; then
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
fi

# node:20
node_root="$work/node-root"
rm -rf "$node_root" && cp -a "$base" "$node_root"
node_bin=$(command -v node)
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
cp "$node_bin" "$node_root/usr/local/bin/node"
mkdir -p "$node_root/usr/local/lib/node_modules"
cp -a "$npm_dir" "$node_root/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$node_root/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$node_root/usr/local/bin/npx"
# This machine's certificate authorities, for npm behind a TLS-inspecting proxy (the real image trusts the public ones).
mkdir -p "$node_root/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$node_root/etc/ssl/certs/ca-certificates.crt"
tar -C "$node_root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - node:20

# postgres:16
pg_root="$work/postgres-root"
rm -rf "$pg_root" && cp -a "$base" "$pg_root"
mkdir -p "$pg_root/etc/postgresql-common"
echo "create_main_cluster = false" > "$pg_root/etc/postgresql-common/createcluster.conf"
printf '#!/bin/sh\nexit 101\n' > "$pg_root/usr/sbin/policy-rc.d" && chmod +x "$pg_root/usr/sbin/policy-rc.d"
chroot "$pg_root" apt-get install -y --no-install-recommends postgresql-15
rm -rf "$pg_root/var/lib/apt/lists"/* "$pg_root/var/cache/apt"/*.bin
cat > "$pg_root/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/sh
set -eu
export PATH=/usr/lib/postgresql/15/bin:$PATH
PGDATA=${PGDATA:-/var/lib/postgresql/data}
mkdir -p "$PGDATA" /run/postgresql && chown -R postgres:postgres "$PGDATA" /run/postgresql
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp) && printf '%s\n' "${POSTGRES_PASSWORD}" > "$pwfile" && chown postgres "$pwfile"
  su postgres -c "initdb -D '$PGDATA' -U '${POSTGRES_USER:-postgres}' --pwfile='$pwfile' --auth-local=trust --auth-host=scram-sha-256"
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ -n "${POSTGRES_DB:-}" ] && [ "${POSTGRES_DB}" != "${POSTGRES_USER:-postgres}" ]; then
    su postgres -c "postgres --single -D '$PGDATA' -c listen_addresses='' postgres" <<SQL
CREATE DATABASE "${POSTGRES_DB}" OWNER "${POSTGRES_USER:-postgres}";
SQL
  elif [ "${POSTGRES_DB:-${POSTGRES_USER:-postgres}}" != postgres ]; then
    su postgres -c "postgres --single -D '$PGDATA' -c listen_addresses='' postgres" <<SQL
CREATE DATABASE "${POSTGRES_USER}" OWNER "${POSTGRES_USER}";
SQL
  fi
fi
exec su postgres -c "exec postgres -D '$PGDATA' -c listen_addresses='*'"
ENTRY
chmod +x "$pg_root/usr/local/bin/docker-entrypoint.sh"
tar -C "$pg_root" -c . | docker import \
  --change 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' - postgres:16
docker images node:20 && docker images postgres:16
