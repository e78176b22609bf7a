// Taking in an envelope body without letting uploads decide the hub's memory. Small bodies
// (the usual case) are read straight into memory once the gate admits them. Large or
// undeclared ones are first spooled to a file as they arrive, so a kiosk on a slow line holds
// a file, not megabytes of memory or a place in the gate; they are read back once admitted.
// Either way a declared Content-Length over the cap is refused before a byte is read, and a
// streamed body is refused as soon as it passes the cap.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { ApiError } from '../http/api-error';
import type { EnvelopeGate } from './envelope-gate';

/** Where and how much: the cap, the spool folder and the gate to pass. */
export interface EnvelopeBodyOptions {
  maxBytes: number;
  spoolDir: string;
  gate: EnvelopeGate;
}

/** The body in memory, and the function that gives its place in the gate back. */
export interface EnvelopeBody {
  bytes: Uint8Array;
  leave: () => void;
}

// Bodies up to this size are read into memory directly; larger ones go through the spool.
const IN_MEMORY_MAX = 256 * 1024;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The envelope is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB the hub accepts.`,
  );
}

const tooLong = () =>
  new ApiError(400, 'BAD_REQUEST', 'The body is longer than its Content-Length.');
const tooShort = () =>
  new ApiError(400, 'BAD_REQUEST', 'The body ended before its Content-Length.');

/** The declared body size, undefined when the client streams without one; 413 over the cap. */
function declaredLength(c: Context, maxBytes: number): number | undefined {
  const header = c.req.header('Content-Length');
  if (header === undefined || c.req.header('Transfer-Encoding') !== undefined) return undefined;
  if (!/^\d+$/.test(header)) {
    throw new ApiError(400, 'BAD_REQUEST', 'The Content-Length header is not a number.');
  }
  const length = Number(header);
  if (length > maxBytes) throw tooLarge(maxBytes);
  return length;
}

// Under @hono/node-server the request's own Node stream is read, which waits for each chunk
// to be taken before reading on; its web-stream wrapper reads ahead and would queue a whole
// body in memory while the spool writes. Not destroyed on a 413, so the answer still goes out.
function bodyChunks(c: Context): AsyncIterable<Uint8Array> | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (incoming instanceof Readable) return incoming.iterator({ destroyOnReturn: false });
  const body = c.req.raw.body;
  if (!body) return undefined;
  return (async function* () {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  })();
}

// Feeds each chunk to `take`, stopping with an error past `limit` bytes; returns the total.
async function eachChunk(
  c: Context,
  limit: number,
  overLimit: () => ApiError,
  take: (chunk: Uint8Array, at: number) => Promise<void> | void,
): Promise<number> {
  let size = 0;
  for await (const chunk of bodyChunks(c) ?? []) {
    if (size + chunk.length > limit) throw overLimit();
    await take(chunk, size);
    size += chunk.length;
  }
  return size;
}

async function readIntoMemory(c: Context, length: number): Promise<Uint8Array> {
  const whole = new Uint8Array(length);
  const size = await eachChunk(c, length, tooLong, (chunk, at) => whole.set(chunk, at));
  if (size !== length) throw tooShort();
  return whole;
}

async function spool(c: Context, options: EnvelopeBodyOptions, declared: number | undefined) {
  await mkdir(options.spoolDir, { recursive: true });
  const path = join(options.spoolDir, `${randomUUID()}.part`);
  const handle = await open(path, 'wx', 0o600);
  try {
    let size: number;
    try {
      const limit = declared ?? options.maxBytes;
      const overLimit = declared === undefined ? () => tooLarge(options.maxBytes) : tooLong;
      size = await eachChunk(c, limit, overLimit, async (chunk) => {
        await handle.write(chunk);
      });
    } finally {
      await handle.close();
    }
    if (declared !== undefined && size !== declared) throw tooShort();
    return { path, size };
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

/** Removes spool files a crashed hub left behind (older than an hour, so never one in use). */
export async function sweepSpool(spoolDir: string, now = Date.now()): Promise<void> {
  const names = await readdir(spoolDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const path = join(spoolDir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > 60 * 60 * 1000) await rm(path, { force: true });
  }
}

/** Reads the body within the cap and the gate; call `leave` once done with the bytes. */
export async function takeEnvelopeBody(
  c: Context,
  options: EnvelopeBodyOptions,
): Promise<EnvelopeBody> {
  const declared = declaredLength(c, options.maxBytes);
  if (declared !== undefined && declared <= IN_MEMORY_MAX) {
    const leave = await options.gate.enter(declared);
    try {
      return { bytes: await readIntoMemory(c, declared), leave };
    } catch (error) {
      leave();
      throw error;
    }
  }
  const spooled = await spool(c, options, declared);
  try {
    const leave = await options.gate.enter(spooled.size);
    try {
      return { bytes: await readFile(spooled.path), leave };
    } catch (error) {
      leave();
      throw error;
    }
  } finally {
    await rm(spooled.path, { force: true });
  }
}
