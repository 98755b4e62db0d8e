# One image for every Tally app; pick the app with the APP build argument:
#   docker build --build-arg APP=gateway -t tally-gateway .
# Stages: prune the monorepo to the app's workspace graph, install from the
# pruned lockfile, build with turbo, then copy only what runs.
ARG NODE_VERSION=24-bookworm-slim

FROM node:${NODE_VERSION} AS prune
ARG APP
WORKDIR /repo
RUN npm install -g turbo@2.11.11
COPY . .
RUN turbo prune "@tally/${APP}" --docker

FROM node:${NODE_VERSION} AS build
ARG APP
WORKDIR /repo
COPY --from=prune /repo/out/json/ ./
COPY --from=prune /repo/out/package-lock.json ./package-lock.json
RUN npm ci --no-audit --no-fund
COPY --from=prune /repo/out/full/ ./
COPY tsconfig.base.json ./
RUN npx turbo run build --filter="@tally/${APP}" \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION} AS runtime
ARG APP
ENV NODE_ENV=production APP=${APP}
WORKDIR /srv
COPY --from=build --chown=node:node /repo ./
USER node
# Migrations run at start (identity, creators); `node apps/<app>/dist/migrate.js` runs them alone.
# The gateway image also holds the dashboard build (apps/dashboard/dist), served at /.
CMD ["sh", "-c", "exec node --max-semi-space-size=64 apps/${APP}/dist/main.js"]
