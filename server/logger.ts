import { pino, type Logger } from 'pino';

/** JSON logs for machines; readable lines when a person watches the terminal. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    ...(process.stdout.isTTY
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
