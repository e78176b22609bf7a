// Kiosks pin the hub's public key at enrolment, so a hub that comes back with another key
// pair would answer every envelope with "cannot open". The database remembers the key.
import type { Database } from '../storage/database';
import { HubKeyError } from './hub-keys';

/** Records the public key on first start; refuses to go on with a key kiosks never pinned. */
export async function checkHubKeyRecord(db: Database, publicKey: string): Promise<void> {
  const known = await db.transaction(async (tx) => {
    // Taken by the first hub to get here; a second hub starting at once waits, then reads it.
    await tx.query('lock table hub_keys in share row exclusive mode');
    const { rows } = await tx.query<{ public_key: string }>('select public_key from hub_keys');
    if (rows.length === 0) {
      await tx.query('insert into hub_keys (public_key) values ($1)', [publicKey]);
      return [publicKey];
    }
    return rows.map((row) => row.public_key);
  });
  if (!known.includes(publicKey)) {
    throw new HubKeyError(
      'HUB_KEY_CHANGED',
      'the hub key pair is not the one its kiosks were enrolled with: restore hub-key.jwk in ' +
        'DATA_DIR or set HUB_PRIVATE_KEY to the original key (every hub instance needs the same one).',
    );
  }
}
