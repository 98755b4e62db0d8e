/** What a shared limit tells the process's metrics. */
export interface UpstreamHooks {
  /** A caller began waiting for a slot; `label` is the endpoint (TikTok) or `per-creator` (Instagram). */
  onWaitStart?: (label: string) => void;
  /** How long that caller waited, once it has a slot or gave up. */
  onWait?: (label: string, waitedMs: number) => void;
}
