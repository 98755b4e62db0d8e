/**
 * The Node flags every Tally app runs with: `npm start`, `npm run worker` and
 * the benchmark pass these; the Dockerfile, the Kubernetes manifests and each
 * app's own `npm start` write the same (test/deploy checks that they do).
 *
 * A young generation of up to 64 MB a semi-space (V8's default is 16 MB): under
 * load the default filled within tens of milliseconds, so the data of requests
 * still in flight survived each scavenge and was promoted to the old
 * generation, and a service spent over a tenth of its CPU collecting garbage
 * (`npm run bench:gateway`, the creators service at 50 connections: scavenges
 * of ~10 ms every ~80 ms; with this flag 1-2 ms, nothing promoted).
 */
export const APP_NODE_FLAGS = ['--max-semi-space-size=64'];
