import { describe, expect, it } from 'vitest';
import { cameraErrorCode, QrCameraError } from './qr-camera-error';
import { QR_CAMERA_TEXT } from './qr-camera-text';

const domError = (name: string) => Object.assign(new Error('camera'), { name });

describe('cameraErrorCode', () => {
  it.each([
    [domError('NotAllowedError'), 'PERMISSION_REFUSED'],
    [domError('SecurityError'), 'PERMISSION_REFUSED'],
    ['Error getting userMedia, error = NotAllowedError: Permission denied', 'PERMISSION_REFUSED'],
    [domError('NotFoundError'), 'NO_CAMERA'],
    [domError('OverconstrainedError'), 'NO_CAMERA'],
    ['Error getting userMedia, error = NotFoundError: Requested device not found', 'NO_CAMERA'],
    ['Camera streaming not supported by the browser.', 'NO_CAMERA'],
    [domError('NotReadableError'), 'CAMERA_BUSY'],
    [
      'Error getting userMedia, error = NotReadableError: Could not start video source',
      'CAMERA_BUSY',
    ],
    [new QrCameraError('NO_CAMERA'), 'NO_CAMERA'],
    ['something else', 'SCANNER_UNAVAILABLE'],
    [undefined, 'SCANNER_UNAVAILABLE'],
  ])('%s → %s', (error, code) => {
    expect(cameraErrorCode(error)).toBe(code);
  });

  it.each(Object.entries(QR_CAMERA_TEXT))(
    '%s offers the typing path in both languages',
    (_, text) => {
      expect(text.vi).toMatch(/Nhập tay/);
      expect(text.en).toMatch(/Type it in/);
    },
  );
});
