// Caps the envelope bytes the hub holds in memory at once. An envelope is held whole while it
// is hashed, opened and written to the blob store; opening adds only 64 KB slices of plaintext
// and the JSON part (open-envelope.ts), so each costs about its own size until collected.
// Past the budget, envelopes wait their turn (large ones on disk, see envelope-body.ts).

/** A budget of bytes; `enter` resolves once `bytes` fit, calling the function it gives leaves. */
export interface EnvelopeGate {
  enter(bytes: number): Promise<() => void>;
  /** Bytes admitted and not yet given back. */
  readonly inFlight: number;
}

/** A gate of `budgetBytes`; one request larger than the whole budget still goes in alone. */
export function createEnvelopeGate(budgetBytes: number): EnvelopeGate {
  let inFlight = 0;
  const waiting: { bytes: number; admit: () => void }[] = [];
  const fits = (bytes: number) => inFlight === 0 || inFlight + bytes <= budgetBytes;
  const admitWaiting = () => {
    // In arrival order, but one that fits does not wait behind a larger one that does not:
    // small envelopes keep flowing while a 12 MB one waits for room.
    for (let i = 0; i < waiting.length;) {
      const next = waiting[i]!;
      if (!fits(next.bytes)) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      inFlight += next.bytes;
      next.admit();
    }
  };
  const leaveFor = (bytes: number) => {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      inFlight -= bytes;
      admitWaiting();
    };
  };
  return {
    get inFlight() {
      return inFlight;
    },
    enter(bytes) {
      if (fits(bytes)) {
        inFlight += bytes;
        return Promise.resolve(leaveFor(bytes));
      }
      return new Promise((resolve) => {
        waiting.push({ bytes, admit: () => resolve(leaveFor(bytes)) });
      });
    },
  };
}
