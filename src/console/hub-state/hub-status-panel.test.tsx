import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/translate';
import { HubStatusPanel } from './hub-status-panel';

const checkedAt = new Date(2025, 6, 1, 14, 32, 5);
const health = { status: 'ok', version: '0.1.0', database: 'pglite', migrations: [1, 2] } as const;
const noop = () => undefined;

describe('HubStatusPanel', () => {
  afterEach(() => setLanguage('vi'));

  it('shows a running hub in Vietnamese by default', () => {
    const html = renderToString(
      <HubStatusPanel
        state={{ kind: 'ok', health: { ...health, migrations: [1, 2] }, checkedAt }}
        onCheckAgain={noop}
      />,
    );
    expect(html).toContain('Đang hoạt động');
    expect(html).toContain('0.1.0');
    expect(html).toContain('Nhúng (PGlite)');
    expect(html).toContain('Đã cập nhật, đến bản số 2');
    expect(html).toContain('14:32:05');
    expect(html).toContain('Kiểm tra lại');
  });

  it('speaks English when switched', () => {
    setLanguage('en');
    const html = renderToString(
      <HubStatusPanel
        state={{
          kind: 'ok',
          health: { ...health, database: 'postgresql', migrations: [1] },
          checkedAt,
        }}
        onCheckAgain={noop}
      />,
    );
    expect(html).toContain('Running');
    expect(html).toContain('PostgreSQL, a separate database server');
    expect(html).not.toContain('Đang hoạt động');
  });

  it('tells the officer what to do when the hub cannot be reached', () => {
    const html = renderToString(
      <HubStatusPanel state={{ kind: 'unreachable', checkedAt }} onCheckAgain={noop} />,
    );
    expect(html).toContain('Không kết nối được');
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('Phiên bản phần mềm');
  });
});
