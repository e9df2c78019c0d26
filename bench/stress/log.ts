/** Progress lines of `npm run stress`: seconds since the run began, the scenario, the message. */

const started = Date.now();

export type Log = (message: string) => void;

/** A log whose lines name `scope` (a scenario, or the preparation of the data). */
export function scopedLog(scope: string): Log {
  return (message) => {
    const elapsed = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
    console.log(`[${elapsed} s] ${scope.padEnd(12)} ${message}`);
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds, rounded to a tenth, for figures. */
export function ms(value: number): number {
  return Math.round(value * 10) / 10;
}
