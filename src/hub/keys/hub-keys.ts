// The hub's HPKE key pair: kiosks seal to the public half, only the hub can open with the
// private half. It comes from HUB_PRIVATE_KEY (several hub instances must share one key) or
// from a file in DATA_DIR made at first start, readable by the hub's user alone.
// The private key never appears in a log line or an error message.
import { constants } from 'node:fs';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBase64Url, toBase64Url } from '../../protocol/base64url';
import {
  exportHubPrivateKey,
  generateHubKeyPair,
  importHubPrivateKey,
  importHubPublicKey,
  type HubKey,
} from '../../protocol/envelope';

/** What the hub holds: the private key to open envelopes, the public key to give kiosks. */
export interface HubKeys {
  privateKey: HubKey;
  /** Raw P-256 point, base64url: what enrolment returns and kiosks pin. */
  publicKey: string;
  /** Where the key came from, for the start-up line (never the key itself). */
  source: 'environment' | 'file' | 'new-file';
}

/** Why the hub cannot use its key; stable codes, messages name the setting or file to fix. */
export type HubKeyErrorCode = 'HUB_KEY_INVALID' | 'HUB_KEY_FILE_UNSAFE' | 'HUB_KEY_CHANGED';

/** A key the hub refuses to start with. */
export class HubKeyError extends Error {
  constructor(
    readonly code: HubKeyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HubKeyError';
  }
}

/** The key file's name inside DATA_DIR. */
export const HUB_KEY_FILE = 'hub-key.jwk';

// The public key is the x and y of the private JWK: 0x04 · x · y is the raw point kiosks pin.
async function publicKeyOf(jwkJson: string): Promise<string> {
  const { x, y } = JSON.parse(jwkJson) as { x: string; y: string };
  const [xBytes, yBytes] = [fromBase64Url(x), fromBase64Url(y)];
  if (xBytes?.length !== 32 || yBytes?.length !== 32) throw new Error('not a P-256 point');
  const raw = new Uint8Array(65);
  raw[0] = 4;
  raw.set(xBytes, 1);
  raw.set(yBytes, 33);
  const publicKey = toBase64Url(raw);
  await importHubPublicKey(publicKey);
  return publicKey;
}

async function fromJwk(jwkJson: string, where: string, source: HubKeys['source']) {
  try {
    const privateKey = await importHubPrivateKey(jwkJson);
    return { privateKey, publicKey: await publicKeyOf(jwkJson), source };
  } catch {
    throw new HubKeyError(
      'HUB_KEY_INVALID',
      `${where} is not a P-256 private key in JWK form ({"kty":"EC","crv":"P-256",…}).`,
    );
  }
}

async function readKeyFile(file: string): Promise<string | undefined> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new HubKeyError(
      'HUB_KEY_FILE_UNSAFE',
      `${file} can be read by other users; run "chmod 600 ${file}" and start again.`,
    );
  }
  return readFile(file, 'utf8');
}

// Exclusive create, so two hubs starting on one DATA_DIR never write two different keys.
async function writeNewKeyFile(file: string, jwkJson: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(jwkJson);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/** Loads the key from HUB_PRIVATE_KEY, else from DATA_DIR, making the file the first time. */
export async function loadHubKeys(options: {
  dataDir: string;
  privateKeyJwk?: string | undefined;
}): Promise<HubKeys> {
  if (options.privateKeyJwk) {
    return fromJwk(options.privateKeyJwk, 'HUB_PRIVATE_KEY', 'environment');
  }
  const file = join(options.dataDir, HUB_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing !== undefined) return fromJwk(existing, file, 'file');
  await mkdir(options.dataDir, { recursive: true });
  const pair = await generateHubKeyPair();
  const jwkJson = await exportHubPrivateKey(pair.privateKey);
  if (await writeNewKeyFile(file, jwkJson)) return fromJwk(jwkJson, file, 'new-file');
  return fromJwk((await readKeyFile(file)) ?? '', file, 'file');
}
