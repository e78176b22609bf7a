// A city-sized catalogue made from the real one, for measuring search at the scale it must serve.
import type { Procedure } from '../../protocol/config/procedure';

/** The real catalogue repeated until it has `size` entries; copies get ids like "tam-tru-x2". */
export function buildLargeCatalogue(procedures: readonly Procedure[], size = 750): Procedure[] {
  if (procedures.length === 0) return [];
  const large: Procedure[] = [];
  for (let i = 0; i < size; i++) {
    const original = procedures[i % procedures.length]!;
    const copy = Math.floor(i / procedures.length);
    large.push(copy === 0 ? original : { ...original, id: `${original.id}-x${copy + 1}` });
  }
  return large;
}
