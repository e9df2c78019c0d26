/** The Markdown of each scenario's figures in bench/results/stress.md: tables a person reads. */
import type { LogCount } from './app.js';
import type { ImportFigures } from './interrupted-import.js';
import type { LoadFigures } from './load.js';
import type { MachineLoad } from './machine.js';
import type { OutageFigures } from './outage.js';
import type { Check } from './scenario.js';
import type { ShutdownFigures } from './shutdown.js';
import type { SlowClientsFigures } from './slow-clients.js';
import type { KindFigures, Latency } from './tally.js';

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string =>
    `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function checksTable(checks: Check[]): string {
  if (checks.length === 0) return '';
  return table(
    ['check', 'target', 'measured', 'result'],
    checks.map((c) => [c.name, c.target, c.measured, c.pass ? 'pass' : '**FAIL**']),
  );
}

export function machineLine(machine: MachineLoad): string {
  const others = Math.max(0, machine.busyCores - machine.oursCores).toFixed(2);
  return (
    `Machine: load average ${machine.loadBefore.join(' / ')} before, ${machine.loadAfter.join(' / ')} after; ` +
    `over its ${machine.seconds} s, ${machine.busyCores} of ${machine.cores} cores busy on average — ` +
    `${machine.oursCores} this run's (${Object.entries(machine.oursByProcess)
      .map(([label, cores]) => `${label} ${cores}`)
      .join(', ')}), ${others} other work's.`
  );
}

export function appLogTable(log: Record<string, LogCount>): string {
  const entries = Object.entries(log).sort(([, a], [, b]) => b.count - a.count);
  if (entries.length === 0) return 'The app logged no warning or error.';
  return (
    "The app's warnings and errors:\n\n" +
    table(
      ['level', 'message', 'count', 'errors logged with it'],
      entries.map(([message, c]) => [c.level, message, c.count, c.errors.map(short).join('; ') || '–']),
    )
  );
}

export function loadSection(f: LoadFigures): string {
  const parts = [
    `${f.connections} connections for ${f.seconds} s over the mix, on ${f.institutions.toLocaleString('en')} ` +
      `institutions: ${f.answers.toLocaleString('en')} answers (${f.perSecond}/s), ${describe(f.statuses)}; ` +
      `${f.timeouts} left without an answer for 10 s, ${f.connectionErrors} other connection errors. Latency of ` +
      `every answer (autocannon's, timeouts left out): ` +
      `${latencyText(f.latency)}.`,
    `The app's own responsiveness meanwhile (GET /api/queries, answered from memory, every 250 ms): ` +
      `${latencyText(f.responsiveness)}.`,
    'By status, over every kind:\n\n' +
      table(
        ['status', 'answers', 'p50', 'p90', 'p99', 'max'],
        Object.entries(f.latencyByStatus)
          .sort(([, a], [, b]) => b.count - a.count)
          .map(([status, l]) => [status, l.count, ...latencyCells(l)]),
      ),
    'By kind of request:\n\n' + kindTable(f.byKind),
  ];
  if (f.violations.length > 0) {
    parts.push(
      'Answers outside 200, 429 and 503 with Retry-After:\n\n' +
        table(
          ['kind', 'status', 'count', 'examples'],
          f.violations.map((v) => [
            v.kind,
            v.status,
            v.count,
            v.examples.map((e) => `\`${e.path}\`: ${short(e.body)}`).join('<br>'),
          ]),
        ),
    );
  }
  return parts.join('\n\n');
}

export function outageSection(f: OutageFigures): string {
  const counts = Object.keys({ ...f.countsBefore, ...(f.countsAfter ?? {}) });
  return [
    `${f.connections} connections of the explorer's reads; SIGKILL to Neo4j pid ${f.killedPid}` +
      `${f.restartedPid ? `, restarted by the app as pid ${f.restartedPid}` : ''}. From the kill: first 503 ` +
      `after ${msText(f.firstRefusalMs)}, last after ${msText(f.lastRefusalMs)}, the mix served 200 again ` +
      `after ${msText(f.backMs)}, /api/health up after ${msText(f.healthUpMs)}.`,
    `Answers from the kill until the mix was served again: ${describe(f.duringStatuses)}; the refusals' latency ` +
      `${latencyText(f.refusalLatency)}; ${f.withoutRetryAfter} without Retry-After.`,
    '/api/health, polled every 200 ms:\n\n' +
      table(
        ['state', 'from', 'answers', 'Retry-After'],
        f.healthStates.map((s) => [
          s.state,
          `+${(s.firstMs / 1000).toFixed(1)} s`,
          s.count,
          s.retryAfter ?? '–',
        ]),
      ),
    f.otherAnswers.length > 0
      ? 'Other answers meanwhile (the first ten):\n\n' +
        table(
          ['status', 'kind', 'path', 'sent after the kill', 'took', 'body'],
          f.otherAnswers.map((a) => [
            a.status,
            a.kind,
            `\`${a.path}\``,
            signedSeconds(a.sentMs),
            `${a.tookMs} ms`,
            short(a.body),
          ]),
        )
      : '',
    f.slowRefusals.length > 0
      ? 'Refusals that took a second or more (the first ten; a time before the kill: in flight when it came): ' +
        f.slowRefusals
          .map((r) => `${r.kind} sent at ${signedSeconds(r.sentMs)} took ${r.tookMs} ms`)
          .join('; ') +
        '.'
      : '',
    'The data before and after:\n\n' +
      table(
        ['count', 'before', 'after'],
        [
          ...counts.map((key) => [key, f.countsBefore[key] ?? '–', f.countsAfter?.[key] ?? '–']),
          ['all nodes (store)', f.totalsBefore.nodes, f.totalsAfter?.nodes ?? '–'],
          ['all relationships (store)', f.totalsBefore.relationships, f.totalsAfter?.relationships ?? '–'],
        ],
      ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function shutdownSection(f: ShutdownFigures): string {
  return [
    `The slow request: a console query counting to ${f.slowQuery.n.toLocaleString('en')} (${f.slowQuery.calibratedMs} ms ` +
      `when calibrated). SIGTERM came while it and four normal requests were in flight; the app exited ` +
      `${(f.exitAfterMs / 1000).toFixed(1)} s later (${f.exit}).`,
    table(
      ['request', 'answer', 'took', 'finished after SIGTERM'],
      [
        ['slow console query', f.slow.status, `${f.slow.ms} ms`, `${f.slow.finishedAfterSigtermMs} ms`],
        ...f.inFlight.map((r) => [`\`${r.path}\``, r.status, `${r.ms} ms`, `${r.finishedAfterSigtermMs} ms`]),
      ],
    ),
    `The same requests just before, without a signal: slow query ${f.control.slow.status} in ${f.control.slow.ms} ms; ` +
      `normal ${f.control.normal.map((r) => `${r.status} in ${r.ms} ms`).join(', ')}.`,
    `New requests after SIGTERM (a new connection every 100 ms): ${describe(f.newRequests)}. On a keep-alive ` +
      `connection opened before: ${f.openConnection}.`,
    `Afterwards: app pid ${f.appGone ? 'gone' : '**alive**'}, Neo4j JVM ${f.jvmGone ? 'gone' : '**alive**'}, HTTP port ` +
      `${f.httpPortClosed ? 'closed' : '**open**'}, Bolt port ${f.boltPortClosed ? 'closed' : '**open**'}.`,
  ].join('\n\n');
}

export function slowClientsSection(f: SlowClientsFigures): string {
  const s = f.slowloris;
  return [
    `${f.visitors} visitors, one request after another on new connections, ${f.without.seconds} s without and ` +
      `${f.with.seconds} s with ${s.sockets} slow sockets (a header byte every ${s.byteIntervalMs} ms).`,
    table(
      ['normal requests', 'count', 'statuses', 'p50', 'p90', 'p99', 'max'],
      [
        [
          'without slow clients',
          f.without.latency.count,
          describe(f.without.statuses),
          ...latencyCells(f.without.latency),
        ],
        [
          'with slow clients',
          f.with.latency.count,
          describe(f.with.statuses),
          ...latencyCells(f.with.latency),
        ],
      ],
    ),
    `The slow sockets: ${s.connections} connections made, ${s.closedByServer} dropped by the server after ` +
      `${latencyText(s.heldMs, 's')}; the server answered them ${describe(s.answers) || 'nothing'}; ` +
      `${describe(s.errors) || 'no'} connection errors; ${s.bytesSent.toLocaleString('en')} bytes sent.`,
  ].join('\n\n');
}

export function importSection(f: ImportFigures): string {
  const transitions = f.samples.filter(
    (s, i) =>
      i === 0 || s.page !== f.samples[i - 1]!.page || s.withoutEdges !== f.samples[i - 1]!.withoutEdges,
  );
  return [
    `New data: \`${f.file}\` (${f.institutions.toLocaleString('en')} institutions, ${f.agreements.toLocaleString('en')} ` +
      `agreements, every id new). \`npm run seed\` ${f.joinedAppsNeo4j ? "joined the app's Neo4j" : '**did not say it joined the app’s Neo4j**'}; ` +
      (f.killedAt
        ? `SIGKILL to its process group ${f.killedAt.seconds.toFixed(1)} s in, at ${f.killedAt.done.toLocaleString('en')} / ${f.killedAt.total.toLocaleString('en')} records written.`
        : 'it was not caught in its write phase.'),
    `Agreements without their edges in the whole graph before the import: ${f.withoutEdgesBefore}.`,
    table(
      ['', 'new institutions', 'new agreements', 'agreements without their edges', 'layout'],
      [
        [
          'right after the kill',
          f.afterKill.newInstitutions,
          f.afterKill.newAgreements,
          f.afterKill.withoutEdges,
          f.afterKill.layout,
        ],
        [
          'at the end of the wait',
          f.afterHealing.newInstitutions,
          f.afterHealing.newAgreements,
          f.afterHealing.withoutEdges,
          f.afterHealing.layout,
        ],
      ],
    ),
    'Watched every few seconds (changes only):\n\n' +
      table(
        ['after the kill', '/api/graph/page', 'new agreements without their edges'],
        transitions.map((s) => [`${s.t} s`, s.page, s.withoutEdges]),
      ),
  ].join('\n\n');
}

function kindTable(byKind: Record<string, KindFigures>): string {
  return table(
    ['kind', 'requests', 'statuses', 'p50', 'p90', 'p99', 'max'],
    Object.entries(byKind).map(([kind, k]) => [
      kind,
      k.requests,
      describe(k.statuses),
      ...latencyCells(k.latency),
    ]),
  );
}

function latencyCells(l: Latency): string[] {
  return [l.p50, l.p90, l.p99, l.max].map((value) => `${Math.round(value)} ms`);
}

function latencyText(l: Latency, unit: 'ms' | 's' = 'ms'): string {
  if (l.count === 0) return 'none';
  const value = (v: number): string => (unit === 's' ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
  return `p50 ${value(l.p50)}, p90 ${value(l.p90)}, p99 ${value(l.p99)}, max ${value(l.max)}`;
}

/** Seconds from the kill: a request in flight since before it was sent at a negative time. */
function signedSeconds(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${(Math.abs(ms) / 1000).toFixed(1)} s`;
}

function msText(value: number | null): string {
  return value === null ? 'never' : `${(value / 1000).toFixed(2)} s`;
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${key}: ${count.toLocaleString('en')}`)
    .join(', ');
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
