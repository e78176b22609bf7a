import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalogueVersion } from '../../protocol/config/catalogue';
import { Procedure } from '../../protocol/config/procedure';
import { acceptCatalogue, builtInCatalogue, chooseCatalogue } from './catalogue-choice';

const files = import.meta.glob<unknown>('../../../kiosk-config/procedures/*.json', {
  eager: true,
  import: 'default',
});
const procedures = Object.keys(files)
  .sort()
  .map((path) => v.parse(Procedure, files[path]));

async function hubBody(list = procedures) {
  return JSON.parse(JSON.stringify({ version: await catalogueVersion(list), procedures: list }));
}

describe('acceptCatalogue', () => {
  it('takes a whole, valid catalogue from the hub', async () => {
    const result = await acceptCatalogue(await hubBody());
    expect('catalogue' in result && result.catalogue.source).toBe('hub');
    expect('catalogue' in result && result.catalogue.procedures).toHaveLength(procedures.length);
  });

  it('refuses a catalogue that breaks the schema, naming the field', async () => {
    const body = await hubBody();
    delete body.procedures[2].documents;
    const result = await acceptCatalogue(body);
    expect(result).toEqual({
      refusal: { code: 'CATALOGUE_INVALID', detail: expect.stringContaining('procedures.2') },
    });
    expect(await acceptCatalogue('<html>oops</html>')).toMatchObject({
      refusal: { code: 'CATALOGUE_INVALID' },
    });
  });

  it('refuses a catalogue whose content is not what its version says', async () => {
    const body = await hubBody();
    body.procedures[0].name.vi = 'Đã bị sửa dọc đường';
    expect(await acceptCatalogue(body)).toMatchObject({
      refusal: { code: 'CATALOGUE_VERSION_MISMATCH' },
    });
  });
});

describe('chooseCatalogue', () => {
  const builtIn = builtInCatalogue(procedures);

  it('shows the built-in copy until the hub has sent one', () => {
    expect(chooseCatalogue(builtIn, undefined)).toBe(builtIn);
  });

  it('prefers the saved hub copy over the built-in one', async () => {
    const result = await acceptCatalogue(await hubBody(procedures.slice(0, 3)));
    const saved = 'catalogue' in result ? result.catalogue : undefined;
    expect(chooseCatalogue(builtIn, saved)).toBe(saved);
  });
});

describe('builtInCatalogue', () => {
  it("offers only the site's procedures once the site is known", () => {
    expect(builtInCatalogue(procedures).procedures).toHaveLength(procedures.length);
    expect(builtInCatalogue(procedures, ['khai-tu']).procedures.map((p) => p.id)).toEqual([
      'khai-tu',
    ]);
  });
});
