# XTeam.Pro production image: one image for the web server and the worker (different commands).
# Build: docker build -t xteam-pro .   Run: see compose.yaml and docs/deployment.md.
# The build needs no database or secrets (SKIP_ENV_VALIDATION); pages render at the first request.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# patch-package and prisma generate run on install (see package.json "postinstall").
COPY package.json package-lock.json prisma.config.ts ./
COPY patches ./patches
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/src/server/db/generated ./src/server/db/generated
# The scripts (web listener, worker) are bundled ahead too: no TypeScript loader at run time.
RUN SKIP_ENV_VALIDATION=1 npx next build \
  && node scripts/run.mjs --bundle \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    FILE_STORAGE_DIR=/data/storage \
    MEDIA_DIR=/data/media
RUN groupadd --system --gid 1001 app \
  && useradd --system --uid 1001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
  && mkdir -p /data/storage /data/media \
  && chown -R app:app /data
COPY --from=build --chown=app:app /app /app
USER app
EXPOSE 3000
VOLUME ["/data"]
# Liveness of the web server (the worker's container runs another command and no server).
HEALTHCHECK --interval=15s --timeout=5s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# The web server: Next behind the app's own listener, which takes the client address from the
# socket (and trusts X-Forwarded-For only for TRUSTED_PROXY_HOPS proxies).
CMD ["node", "--conditions=production", "scripts/run.mjs", "serve"]
