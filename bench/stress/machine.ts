/**
 * How loaded the machine was while a scenario ran, since other work shares its two cores: the load
 * average before and after, and the cores busy over the scenario (from /proc/stat) beside the share of
 * them our own processes used (this script, the app, its Neo4j) — what is left is someone else's.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineLoad {
  /** One-, five- and fifteen-minute load averages. */
  loadBefore: number[];
  loadAfter: number[];
  /** Cores busy on average over the scenario, of `cores`. */
  busyCores: number;
  /** Of those, used by this script, the app and its Neo4j. */
  oursCores: number;
  /** The same, apart: `script`, `app`, `neo4j`. */
  oursByProcess: Record<string, number>;
  cores: number;
  seconds: number;
}

interface Sample {
  at: number;
  busyTicks: number;
  /** CPU ticks of each process of ours seen so far, by pid (kept once a process is gone). */
  ours: Map<number, number>;
}

export interface OurProcess {
  label: 'app' | 'neo4j';
  pid: number;
}

/** USER_HZ on Linux. */
const CLOCK_TICKS = 100;

export class LoadMeter {
  private readonly start: Sample;
  private readonly loadBefore = os.loadavg().map(round2);
  private readonly seen = new Map<number, number>();
  private readonly labels = new Map<number, string>([[process.pid, 'script']]);
  private readonly active = new Set<number>([process.pid]);

  /** `processes()` names ours at the moment (the app and its JVM change: restarts, a second app). */
  constructor(private readonly processes: () => OurProcess[]) {
    this.start = this.sample();
  }

  /** Call now and then (every few seconds), so a process that exits is counted up to its last sample. */
  tick(): void {
    this.sample();
  }

  finish(): MachineLoad {
    const end = this.sample();
    const seconds = (end.at - this.start.at) / 1000;
    const byLabel: Record<string, number> = {};
    for (const [pid, ticks] of end.ours) {
      const label = this.labels.get(pid) ?? 'other';
      byLabel[label] = (byLabel[label] ?? 0) + ticks - (this.start.ours.get(pid) ?? 0);
    }
    const oursTicks = Object.values(byLabel).reduce((sum, ticks) => sum + ticks, 0);
    const toCores = (ticks: number): number => round2(ticks / CLOCK_TICKS / Math.max(seconds, 0.001));
    return {
      loadBefore: this.loadBefore,
      loadAfter: os.loadavg().map(round2),
      busyCores: toCores(end.busyTicks - this.start.busyTicks),
      oursCores: toCores(oursTicks),
      oursByProcess: Object.fromEntries(
        Object.entries(byLabel).map(([label, ticks]) => [label, toCores(ticks)]),
      ),
      cores: os.cpus().length,
      seconds: Math.round(seconds),
    };
  }

  private sample(): Sample {
    for (const { label, pid } of this.processes()) {
      if (!this.labels.has(pid)) this.active.add(pid);
      this.labels.set(pid, label);
    }
    for (const pid of this.active) {
      const ticks = processTicks(pid);
      // Gone: its last sample stands, and its pid, which another process may get, is not read again.
      if (Number.isNaN(ticks)) this.active.delete(pid);
      else this.seen.set(pid, ticks);
    }
    return { at: Date.now(), busyTicks: machineBusyTicks(), ours: new Map(this.seen) };
  }
}

/** Ticks every core spent on anything but idle and I/O wait since boot (the first line of /proc/stat). */
function machineBusyTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return user + nice + system + irq + softirq + steal;
}

/** utime + stime of a process (not its children's: the app and the JVM are counted apart), in ticks. */
function processTicks(pid: number): number {
  try {
    // The command name, in parentheses, may hold spaces: fields start after its closing one.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

/** `uptime`'s words, for the report's header. */
export function uptimeText(): string {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${os.cpus().length} cores`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
