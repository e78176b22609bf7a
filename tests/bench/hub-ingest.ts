// The hub taking in sealed submissions over HTTP, as a real process on 127.0.0.1: 10 KB
// envelopes per second (PGlite, and PostgreSQL when DATABASE_URL is set), and the hub's peak
// memory while ten 12 MB envelopes arrive at once. Envelopes are sealed before timing starts.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { availableParallelism } from 'node:os';
import { importHubPublicKey, sealSubmission, type HubKey } from '../../src/protocol/envelope';
import { makeLookupSecret } from '../../src/protocol/lookup-secret';
import {
  EnrolmentResponse,
  MAX_ENVELOPE_BYTES,
  submissionPath,
} from '../../src/protocol/submission';
import { encodeSubmissionPayload } from '../../src/protocol/submission-payload';
import { makeTrackingCode } from '../../src/protocol/tracking-code';
import { openPostgres } from '../../src/hub/storage/postgres';
import { removeDataDir, startHub, type RunningHub } from '../e2e/support/hub';
import { percentile, type BenchRow } from './report';
import * as v from 'valibot';

const SMALL_BYTES = 10 * 1024;
const WARM_UP = 200;
const COUNT = 3000;
const CONCURRENCY = 32;
const TIME_LIMIT_MS = 30_000;
const LARGE_UPLOADS = 10;
const RSS_BUDGET_MB = 256;

// Benchmarks stand up the local demo, so auto-enrolment must be on whatever the shell says.
const DEMO_ENV = { NODE_ENV: 'development', HOST: '127.0.0.1' };

interface Kiosk extends EnrolmentResponse {
  hubKey: HubKey;
}

async function enrol(hub: RunningHub): Promise<Kiosk> {
  const res = await fetch(`${hub.url}/api/v1/enrolments/auto`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`auto-enrolment answered ${res.status}`);
  const kiosk = v.parse(EnrolmentResponse, await res.json());
  return { ...kiosk, hubKey: await importHubPublicKey(kiosk.hubPublicKey) };
}

async function seal(kiosk: Kiosk, counter: number, envelopeBytes: number) {
  const submissionId = crypto.randomUUID();
  const probe = encodeSubmissionPayload({
    procedureId: 'khai-sinh',
    language: 'vi',
    lookupSecret: makeLookupSecret(),
    answers: { 'ho-ten': 'Nguyễn Thị Ánh' },
    attachments: [{ field: 'anh', mediaType: 'image/jpeg', bytes: new Uint8Array(0) }],
  });
  // Header, encapsulated key and tag come to under 200 bytes; the photo fills the rest.
  const photo = randomBytes(Math.max(0, envelopeBytes - probe.length - 200));
  const payload = encodeSubmissionPayload({
    procedureId: 'khai-sinh',
    language: 'vi',
    lookupSecret: makeLookupSecret(),
    answers: { 'ho-ten': 'Nguyễn Thị Ánh' },
    attachments: [{ field: 'anh', mediaType: 'image/jpeg', bytes: photo }],
  });
  const envelope = await sealSubmission({
    hubPublicKey: kiosk.hubKey,
    submissionId,
    kioskId: kiosk.kioskId,
    trackingCode: makeTrackingCode(kiosk.kioskPrefix, counter),
    payload,
  });
  return { submissionId, envelope };
}

type Sealed = Awaited<ReturnType<typeof seal>>;

/** A PUT ready to write whole: request line, headers and envelope, made before timing. */
function prepared(hub: RunningHub, kiosk: Kiosk, item: Sealed): Buffer {
  const head =
    `PUT ${submissionPath(item.submissionId)} HTTP/1.1\r\n` +
    `Host: ${new URL(hub.url).host}\r\n` +
    `Authorization: Bearer ${kiosk.token}\r\n` +
    'Content-Type: application/octet-stream\r\n' +
    `Content-Length: ${item.envelope.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), item.envelope]);
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CHUNKED_END = Buffer.from('0\r\n\r\n');

/**
 * One keep-alive connection sending prepared PUTs one after another, in the manner of wrk:
 * each request goes out in one write and only the status, the length and the end of each
 * answer are read. The sender shares the machine's cores with the hub (and PostgreSQL), so
 * every microsecond it spends is one the hub cannot: with node:http it took 180–240 µs a
 * PUT on a two-core machine, this way 130–160, most of it the kernel's loopback TCP.
 */
async function openConnection(hub: RunningHub) {
  const { hostname, port } = new URL(hub.url);
  const socket = connect({ host: hostname, port: Number(port), noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let pending: { resolve: (status: number) => void; reject: (error: Error) => void } | undefined;
  let buffered: Buffer = Buffer.alloc(0);
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = undefined;
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('the hub closed the connection')));
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const headEnd = buffered.indexOf(HEAD_END);
    if (headEnd < 0 || !pending) return;
    const head = buffered.subarray(0, headEnd).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const bodyStart = headEnd + HEAD_END.length;
    let end: number;
    if (length) {
      end = bodyStart + Number(length[1]);
      if (buffered.length < end) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const last = buffered.indexOf(CHUNKED_END, bodyStart);
      if (last < 0) return;
      end = last + CHUNKED_END.length;
    } else {
      end = bodyStart; // no body
    }
    buffered = buffered.subarray(end);
    const done = pending;
    pending = undefined;
    done.resolve(status);
  });
  return {
    put(request: Buffer) {
      return new Promise<number>((resolve, reject) => {
        pending = { resolve, reject };
        socket.write(request);
      });
    },
    close: () => socket.destroy(),
  };
}

/** Sends `items` over CONCURRENCY connections; stops early at TIME_LIMIT_MS. */
async function sendAll(hub: RunningHub, kiosk: Kiosk, items: Sealed[]) {
  const requests = items.map((item) => prepared(hub, kiosk, item));
  const connections = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => openConnection(hub)),
  );
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  try {
    await Promise.all(
      connections.map(async (connection) => {
        while (next < requests.length && performance.now() - started < TIME_LIMIT_MS) {
          const request = requests[next++]!;
          const at = performance.now();
          const status = await connection.put(request);
          if (status !== 201) throw new Error(`PUT answered ${status}`);
          latencies.push(performance.now() - at);
        }
      }),
    );
  } finally {
    for (const connection of connections) connection.close();
  }
  return { sent: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

/** One PUT, for the uploads measured for memory rather than speed. */
async function putOnce(hub: RunningHub, kiosk: Kiosk, item: Sealed): Promise<void> {
  const connection = await openConnection(hub);
  try {
    const status = await connection.put(prepared(hub, kiosk, item));
    if (status !== 201) throw new Error(`PUT answered ${status}`);
  } finally {
    connection.close();
  }
}

type Engine = 'pglite' | 'postgresql';

// Each run gets a fresh hub; PostgreSQL runs also get a schema of their own, dropped after.
async function withHub<T>(
  engine: Engine,
  run: (hub: RunningHub) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const url = process.env.DATABASE_URL;
  const schema = `dvc_bench_${randomBytes(4).toString('hex')}`;
  const admin =
    engine === 'postgresql' && url ? await openPostgres({ url, maxConnections: 1 }) : undefined;
  let databaseUrl = '';
  if (admin && url) {
    await admin.exec(`create schema ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set('search_path', schema);
    databaseUrl = scoped.toString();
  }
  try {
    const hub = await startHub({ env: { ...DEMO_ENV, DATABASE_URL: databaseUrl, ...env } });
    try {
      return await run(hub);
    } finally {
      await hub.stop();
      removeDataDir(hub.dataDir);
    }
  } finally {
    await admin?.exec(`drop schema ${schema} cascade`);
    await admin?.close();
  }
}

// CPU time (user + system, all threads) in clock ticks from /proc; 0 where it cannot be read.
const TICK_MS = 10; // USER_HZ is 100 on every Linux these machines run
function cpuTicks(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresTicks(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').startsWith('postgres')) {
        ticks += cpuTicks(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks;
}

// Where the machine's CPU went during a run, per PUT: the hub, a local PostgreSQL server, and
// this process sending the PUTs. With all three on one machine their sum bounds the rate.
function cpuSplit(engine: Engine) {
  const hub = hubPid();
  if (process.platform !== 'linux' || hub === undefined) return () => '';
  const take = () => ({
    hub: cpuTicks(hub),
    hubThread: cpuTicks(`${hub}/task/${hub}`),
    postgres: postgresTicks(),
    sender: cpuTicks('self'),
  });
  const before = take();
  return (puts: number) => {
    const after = take();
    const us = (part: keyof typeof before) =>
      ((after[part] - before[part]) * TICK_MS * 1000) / puts;
    const parts: Array<[string, number]> = [
      ['hub', us('hub')],
      ['sender', us('sender')],
    ];
    if (engine === 'postgresql') parts.splice(1, 0, ['PostgreSQL', us('postgres')]);
    const total = parts.reduce((sum, [, value]) => sum + value, 0);
    const cores = availableParallelism();
    const ceiling = total > 0 ? (cores * 1e6) / total : 0;
    // The hub's own thread (HTTP, the database client) cannot be spread over cores.
    const thread = us('hubThread');
    const threadCeiling = thread > 0 ? 1e6 / thread : 0;
    return `; CPU per PUT ${parts.map(([name, value]) => `${name} ${value.toFixed(0)} µs`).join(' + ')}, so ${cores} cores carry at most ${ceiling.toFixed(0)}/s here; the hub's own thread ${thread.toFixed(0)} µs of it, at most ${threadCeiling.toFixed(0)}/s with cores to spare`;
  };
}

async function ingestRate(engine: Engine, openerThreads?: number): Promise<BenchRow> {
  const env: Record<string, string> =
    openerThreads === undefined ? {} : { OPENER_THREADS: String(openerThreads) };
  const threads = openerThreads ? `, envelopes opened on ${openerThreads} threads` : '';
  return withHub(
    engine,
    async (hub) => {
      const kiosk = await enrol(hub);
      const items = [];
      for (let i = 0; i < WARM_UP + COUNT; i++) items.push(await seal(kiosk, i, SMALL_BYTES));
      await sendAll(hub, kiosk, items.slice(0, WARM_UP));
      const split = cpuSplit(engine);
      const run = await sendAll(hub, kiosk, items.slice(WARM_UP));
      const cpu = split(run.sent);
      const p50 = percentile(run.latencies, 50).toFixed(1);
      const p95 = percentile(run.latencies, 95).toFixed(1);
      return {
        name: `hub ingest, 10 KB envelopes over HTTP (${engine}${threads})`,
        value: run.sent / run.seconds,
        unit: '/s',
        note: `${run.sent} PUTs, ${CONCURRENCY} at a time; p50 ${p50} ms, p95 ${p95} ms${cpu}; target ≥ ${engine === 'pglite' ? 500 : 2000}/s`,
      };
    },
    env,
  );
}

// startHub spawns the hub directly, so it is the child of this process running main.ts.
function hubPid(): number | undefined {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && command.includes('src/hub/main.ts')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return kb / 1024;
}

// The peak is taken over the uploads alone: start-up (PGlite's first initdb in particular)
// has its own peak, which "5" in clear_refs forgets (Linux ≥ 4.0).
async function peakRss(engine: Engine): Promise<BenchRow[]> {
  if (process.platform !== 'linux') return [];
  return withHub(engine, async (hub) => {
    const pid = hubPid();
    if (pid === undefined) return [];
    const kiosk = await enrol(hub);
    const items = [];
    for (let i = 0; i < LARGE_UPLOADS; i++) items.push(await seal(kiosk, i, MAX_ENVELOPE_BYTES));
    const idle = memoryMb(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const started = performance.now();
    await Promise.all(items.map((item) => putOnce(hub, kiosk, item)));
    const seconds = (performance.now() - started) / 1000;
    const peak = memoryMb(pid, 'VmHWM');
    return [
      {
        name: `hub peak RSS, ${LARGE_UPLOADS} × 12 MB envelopes at once (${engine})`,
        value: peak,
        unit: 'MB',
        // A target, not a CI budget: resident memory depends on the allocator and on what
        // else the machine runs, and PGlite's own heap alone is over it.
        note: `target ≤ ${RSS_BUDGET_MB} MB on PostgreSQL; ${idle.toFixed(0)} MB idle before, +${(peak - idle).toFixed(0)} MB for the uploads; all stored in ${seconds.toFixed(1)} s`,
      },
    ];
  });
}

/** Ingest rate and peak memory under large uploads, on PGlite and, with DATABASE_URL, PostgreSQL. */
export async function measureHubIngest(
  parts: { rate?: boolean; memory?: boolean } = { rate: true, memory: true },
): Promise<BenchRow[]> {
  const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
  const rows: BenchRow[] = [];
  if (parts.rate) {
    for (const engine of engines) rows.push(await ingestRate(engine));
    // As a hub with cores to spare runs (opener-pool.ts), whatever this machine has.
    if (engines.includes('postgresql')) rows.push(await ingestRate('postgresql', 2));
  }
  if (parts.memory) for (const engine of engines) rows.push(...(await peakRss(engine)));
  return rows;
}
