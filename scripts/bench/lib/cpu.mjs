// CPU time used by each part of the stack during a measurement, from
// /proc/<pid>/stat (Linux only; elsewhere the figures are left out). It shows
// which process is the bottleneck when 2 cores are shared by everything.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

// /proc/<pid>/stat counts in clock ticks of USER_HZ, 100 on every Linux build.
const TICKS_PER_SECOND = 100;
const SERVICES = { 'nats-server': 'nats', postgres: 'postgres', 'redis-server': 'redis' };

function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the command name start at field 3 (state); utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { comm, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/**
 * Ticks per process, with its group: the named processes, and every
 * nats-server, postgres and redis-server process. Counting per process keeps a
 * process that exits during the window from making its group's count shrink.
 */
function snapshot(named) {
  const processes = new Map();
  const namedPids = new Set(Object.values(named).map(String));
  for (const [name, pid] of Object.entries(named)) {
    const stat = readStat(pid);
    if (stat) processes.set(String(pid), { group: name, ticks: stat.ticks });
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || namedPids.has(entry)) continue;
    const stat = readStat(entry);
    const group = stat && SERVICES[stat.comm];
    if (group) processes.set(entry, { group, ticks: stat.ticks });
  }
  return processes;
}

/** The whole machine from /proc/stat: busy ticks (all but idle and iowait) and steal. */
function machineTicks() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { busy: user + nice + system + irq + softirq + steal, steal };
}

const round = (value) => Number(value.toFixed(2));

/**
 * Starts counting; the returned function gives each group's share of one core
 * since then ({ groups, machine, other, steal }): `machine` is every busy CPU
 * on the machine, `other` what none of the groups used (other people's work),
 * `steal` what the hypervisor gave to other guests.
 */
export function startCpuCount(named) {
  if (!existsSync('/proc/self/stat')) return () => undefined;
  const before = snapshot(named);
  const machineBefore = machineTicks();
  const startedAt = process.hrtime.bigint();
  return () => {
    const after = snapshot(named);
    const machineAfter = machineTicks();
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const ticksByGroup = {};
    for (const [pid, { group, ticks }] of after) {
      // A process that started during the window used all of its ticks in it.
      const used = ticks - (before.get(pid)?.ticks ?? 0);
      ticksByGroup[group] = (ticksByGroup[group] ?? 0) + Math.max(0, used);
    }
    const groups = {};
    let counted = 0;
    for (const [group, ticks] of Object.entries(ticksByGroup)) {
      const cores = ticks / TICKS_PER_SECOND / seconds;
      groups[group] = round(cores);
      counted += cores;
    }
    const machine = (machineAfter.busy - machineBefore.busy) / TICKS_PER_SECOND / seconds;
    return {
      groups,
      machine: round(machine),
      other: round(Math.max(0, machine - counted)),
      steal: round((machineAfter.steal - machineBefore.steal) / TICKS_PER_SECOND / seconds),
    };
  };
}
