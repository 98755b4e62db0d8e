import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A server binary on PATH, or where Debian's packages and PostgreSQL's put it. */
export function serverBinary(name: string): string {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  const candidates = [
    onPath,
    `/usr/sbin/${name}`,
    `/usr/bin/${name}`,
    `/usr/local/bin/${name}`,
    `/usr/lib/postgresql/15/bin/${name}`,
  ];
  const found = candidates.find((candidate) => candidate !== '' && existsSync(candidate));
  if (!found) throw new Error(`${name} is not installed`);
  return found;
}
