// A mirror folder held in memory for unit tests, with the faults a real disk has: writes that
// fail, writes that land late, and files damaged after the fact.
import type { MirrorFolder } from '../outbox-mirror';

export class MemoryFolder implements MirrorFolder {
  readonly files = new Map<string, Uint8Array>();
  /** Names whose next writes fail, e.g. a full disk. */
  failing = new Set<string>();
  /** Milliseconds each write to a name waits before landing. */
  delays = new Map<string, number>();
  /** While set, every write waits for it before landing. */
  gate: Promise<void> | undefined;

  async write(name: string, ...parts: Uint8Array[]): Promise<void> {
    // Joined at once: the caller may reuse its buffers.
    const copy = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      copy.set(part, at);
      at += part.length;
    }
    const delay = this.delays.get(name);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    await this.gate;
    if (this.failing.has(name) || this.failing.has('*')) {
      throw new DOMException('no room', 'QuotaExceededError');
    }
    this.files.set(name, copy);
  }

  async read(name: string, length?: number): Promise<Uint8Array | undefined> {
    const bytes = this.files.get(name);
    return bytes && bytes.slice(0, length ?? bytes.length);
  }

  async names(): Promise<string[]> {
    return [...this.files.keys()];
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}
