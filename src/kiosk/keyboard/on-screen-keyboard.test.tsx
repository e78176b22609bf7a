import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { EMPTY_INPUT } from './input-engine';
import type { FieldKind } from './keyboard-layout';
import { OnScreenKeyboard } from './on-screen-keyboard';

const noop = () => undefined;
const keysOf = (html: string) => [...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]);

function render(kind: FieldKind) {
  return renderToString(
    <OnScreenKeyboard target={{ value: EMPTY_INPUT, onChange: noop, kind }} onDone={noop} />,
  );
}

describe('OnScreenKeyboard', () => {
  it('gives a search box letters in alphabet order, tones, and no figures', () => {
    const keys = keysOf(render('search'));
    expect(keys.slice(0, 3)).toEqual(['char-a', 'char-ă', 'char-â']);
    expect(keys).toContain('tone-nang');
    expect(keys).not.toContain('char-1');
    expect(keys).toEqual(expect.arrayContaining(['shift', 'layout', 'space', 'clear', 'done']));
  });

  it('adds a row of figures for other text, such as an address', () => {
    expect(keysOf(render('text')).slice(0, 2)).toEqual(['char-1', 'char-2']);
  });

  it('gives phone numbers and dates a telephone pad, dates with a slash', () => {
    const phone = keysOf(render('phone'));
    expect(phone).toEqual([
      'char-1',
      'char-2',
      'char-3',
      'char-4',
      'char-5',
      'char-6',
      'char-7',
      'char-8',
      'char-9',
      'clear',
      'char-0',
      'backspace',
      'left',
      'right',
      'done',
    ]);
    expect(keysOf(render('date'))).toContain('char-/');
  });

  it('is a named region, its keys buttons that never submit a form', () => {
    const html = render('number');
    expect(html).toMatch(/<section[^>]*aria-label="Bàn phím trên màn hình"/);
    expect(html).not.toContain('type="submit"');
  });
});
