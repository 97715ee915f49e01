import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the figures were measured on: they mean little without it. */
export function machine() {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // not Linux: os.cpus() has it
  }
  return {
    cpuModel,
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    // How busy the shared machine was when the run began (1, 5 and 15 minute load averages).
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
  };
}
