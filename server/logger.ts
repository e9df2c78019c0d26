import { pino, type Logger } from 'pino';

/**
 * JSON logs for machines; readable lines when a person watches the terminal. `fd` 2 sends them to
 * standard error, for a command whose standard output is its result.
 */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.isTTY) {
    return pino({
      level,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname', destination: fd },
      },
    });
  }
  return pino({ level }, pino.destination(fd));
}
