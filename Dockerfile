# syntax=docker/dockerfile:1
# srm-audit as a container: the CLI is the entrypoint, e.g.
#   docker build -t srm-audit .
#   docker run --rm --read-only -v "$PWD/out:/out" srm-audit scan --demo
# The image holds exactly what `npm pack` ships (built here, from this checkout) plus its runtime
# dependencies at the versions package-lock.json pins. See docs/deployment.md.

# Node.js LTS. Pin a digest (node:24-alpine@sha256:…) where builds must be reproducible.
ARG NODE_IMAGE=node:24-alpine

# 1. Build: every dependency (the compiler is a dev dependency), compile, pack.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied in.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json README.md config.example.json ./
COPY src ./src
COPY checks ./checks
COPY reports ./reports
COPY demo ./demo
RUN npm run build && npm pack --ignore-scripts --pack-destination /pkg

# 2. Runtime files: the packed package and its production dependencies only.
FROM ${NODE_IMAGE} AS runtime-files
WORKDIR /app
COPY --from=build /pkg/ /pkg/
COPY package-lock.json ./
# TypeScript declarations and source maps are never loaded at run time; in the AWS SDK they are
# two thirds of node_modules (measured: 204 MB with them, 69 MB for /app without).
RUN tar -xzf /pkg/srm-audit-*.tgz --strip-components=1 -C /app \
 && npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force \
 && find node_modules -type d -name dist-types -prune -exec rm -rf {} + \
 && find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' \) -delete \
 && chmod 0755 dist/src/cli/bin.js \
 && rm package-lock.json

# 3. The image: root owns the code (read-only to the scan); the scan runs as the unprivileged
# `node` user (uid 1000) and writes only under /out, its working directory, so it runs with a
# read-only root filesystem (`docker run --read-only`, ECS readonlyRootFilesystem) when /out is
# a volume. It writes no temporary files elsewhere and needs no HOME.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
# Reading a run back from S3 (--baseline, verify, diff, report --input) verifies a copy in a
# temporary folder: it goes under /out too, the one writable path.
ENV TMPDIR=/out
COPY --from=runtime-files /app /app
RUN ln -s /app/dist/src/cli/bin.js /usr/local/bin/srm-audit \
 && mkdir /out && chown node:node /out
# Arguments go to srm-audit (scan, verify, --help, …). A first argument that is an absolute path
# runs that program instead: AWS Batch job definitions cannot replace the entrypoint, and the
# shard jobs in deploy/ run a shell line (/bin/sh -c "srm-audit scan …; …").
COPY --chmod=0755 <<'SH' /usr/local/bin/srm-audit-entrypoint
#!/bin/sh
case "$1" in
  /*) exec "$@" ;;
esac
exec srm-audit "$@"
SH
USER node
WORKDIR /out
VOLUME ["/out"]
ENTRYPOINT ["srm-audit-entrypoint"]
CMD ["--help"]
