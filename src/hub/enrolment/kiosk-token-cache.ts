// Remembers, for a short while, which kiosk a token names, so a kiosk sending a burst of
// submissions costs one token lookup, not one per request. Only active kiosks are remembered;
// unknown tokens and revoked kiosks are asked of the database every time. Revocation still
// takes effect at once where it matters: the statement that stores a submission checks the
// kiosk in the same snapshot, refuses a revoked one, and the route then forgets it here.
import type { Queryable } from '../storage/database';
import { hashKioskToken } from './kiosk-token';
import { findKioskByToken, type KioskIdentity } from './kiosks';

/** Token → kiosk, from memory when looked up in the last `ttlMs`. */
export interface KioskTokenCache {
  find(token: string): Promise<KioskIdentity | undefined>;
  /** Drops a kiosk the database says is revoked, so its next request is refused up front. */
  forget(kioskId: string): void;
}

interface Entry {
  kiosk: Promise<KioskIdentity | undefined>;
  /** Set once the lookup has found an active kiosk. */
  kioskId?: string;
  expiresAt: number;
}

/** A cache in front of findKioskByToken; `now` is for tests. */
export function createKioskTokenCache(
  q: Queryable,
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): KioskTokenCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  // Keyed by the token's hash, as the database is, so no token is kept in memory.
  const entries = new Map<string, Entry>();
  const drop = (key: string, entry: Entry) => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  return {
    find(token) {
      const key = hashKioskToken(token);
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) return cached.kiosk;
      if (cached) entries.delete(key);
      // Requests arriving together share one lookup.
      const entry: Entry = { kiosk: findKioskByToken(q, token), expiresAt: now() + ttlMs };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      entry.kiosk.then(
        (kiosk) => {
          if (!kiosk || kiosk.revoked) drop(key, entry);
          else entry.kioskId = kiosk.id;
        },
        () => drop(key, entry),
      );
      return entry.kiosk;
    },
    forget(kioskId) {
      // Lookups still running may have read the kiosk before it was revoked: drop them too.
      for (const [key, entry] of entries) {
        if (entry.kioskId === undefined || entry.kioskId === kioskId) entries.delete(key);
      }
    },
  };
}
