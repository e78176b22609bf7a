// A plain check that an email address can be written to: one "@", a dotted domain, no spaces.
// Split into parts and tested with simple patterns, so no input can make it slow.

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The address lower-cased in its domain, or undefined when it cannot be an address. */
export function normalizeEmail(text: string): string | undefined {
  const address = text.trim();
  if (address.length > 254) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return undefined;
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  if (!/^[a-z]{2,}$/.test(labels[labels.length - 1]!)) return undefined;
  return `${local}@${domain}`;
}
