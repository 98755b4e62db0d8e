// Where a benchmark ran: CPU, cores, memory, Node, OS, and how busy the machine was.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

function osName() {
  if (existsSync('/etc/os-release')) {
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match) return `${match[1]}, ${os.type()} ${os.release()}`;
  }
  return `${os.type()} ${os.release()}`;
}

export function describeHardware() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: osName(),
    arch: os.arch(),
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

export function hardwareLine(hardware) {
  return (
    `${hardware.cpuModel} x${hardware.cores}, ${hardware.memoryGiB} GiB, ` +
    `Node ${hardware.node}, ${hardware.os} (${hardware.arch})`
  );
}
