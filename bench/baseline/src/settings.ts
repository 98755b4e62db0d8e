/** What the orchestrator (scripts/bench/run.mjs) passes to both baseline processes. */
export interface BaselineSettings {
  natsServers: string[];
  /** The one NATS subject the HTTP app asks and the microservice answers (unique per run). */
  subject: string;
  httpPort: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

export function baselineSettings(): BaselineSettings {
  return {
    natsServers: required('NATS_URL')
      .split(',')
      .map((server) => server.trim()),
    subject: required('BASELINE_SUBJECT'),
    httpPort: Number(process.env.BASELINE_PORT ?? 0),
  };
}
