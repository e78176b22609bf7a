// Put state in place: a camera that shows a QR code. Chromium plays a Y4M file as its camera
// (looping it), so a test writes the QR it wants into the Y (brightness) plane of a few frames
// and launches a browser that reads that file. Chromium reads the file once at launch, so each
// video needs its own browser.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import QRCode from 'qrcode';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { tempDir } from './temp-dir';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export interface FakeVideoOptions {
  width?: number;
  height?: number;
  /** Frames with the QR; the file loops, so a few are enough. */
  frames?: number;
  /** Grey frames before the QR, like the moment before a card is held up. */
  blankFrames?: number;
}

const BLACK = 16;
const WHITE = 235;
const GREY = 110;
const QUIET_ZONE = 4;

/** One frame's Y plane: grey, with a white card holding the QR (with its quiet zone) centred. */
function drawQr(text: string | undefined, width: number, height: number): Uint8Array {
  const y = new Uint8Array(width * height).fill(GREY);
  if (text === undefined) return y;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor((Math.min(width, height) * 0.9) / side);
  if (scale < 2) throw new Error(`QR of ${modules.size} modules does not fit ${width}×${height}`);
  const left = Math.floor((width - side * scale) / 2);
  const top = Math.floor((height - side * scale) / 2);
  for (let row = 0; row < side * scale; row++) {
    for (let col = 0; col < side * scale; col++) {
      const r = Math.floor(row / scale) - QUIET_ZONE;
      const c = Math.floor(col / scale) - QUIET_ZONE;
      const inside = r >= 0 && c >= 0 && r < modules.size && c < modules.size;
      const dark = inside && modules.get(r, c) === 1;
      y[(top + row) * width + left + col] = dark ? BLACK : WHITE;
    }
  }
  return y;
}

/**
 * Writes a Y4M video (4:2:0, U = V = 128: no colour) whose frames show `text` as a QR code,
 * or only grey when `text` is undefined; returns the file's path.
 */
export function writeQrVideo(
  text: string | undefined,
  options: FakeVideoOptions = {},
  file = join(tempDir('dvc-camera-'), 'camera.y4m'),
): string {
  const { width = 640, height = 480, frames = 4, blankFrames = 0 } = options;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F15:1 Ip A1:1 C420jpeg\n`);
  const marker = Buffer.from('FRAME\n');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const blank = Buffer.from(drawQr(undefined, width, height));
  const withQr = Buffer.from(drawQr(text, width, height));
  const parts: Buffer[] = [header];
  for (let i = 0; i < blankFrames + frames; i++) {
    parts.push(marker, i < blankFrames ? blank : withQr, chroma);
  }
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

/** Which camera the browser has: a video file, none at all, or one the user refuses. */
export type FakeCamera = { video: string } | { none: true } | { refused: true };

/** Launches Chromium (the system one where present) with the given camera. */
export function launchWithCamera(camera: FakeCamera): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if ('video' in camera) {
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera.video}`,
    );
  } else if ('none' in camera) {
    // The permission is granted but there is no device: what a kiosk with its camera unplugged sees.
    args.push('--use-fake-ui-for-media-stream');
  } else {
    // A fake device but no automatic "allow": headless Chromium then refuses the permission.
    args.push('--use-fake-device-for-media-stream', '--deny-permission-prompts');
  }
  return chromium.launch({ headless: true, args, ...(executablePath ? { executablePath } : {}) });
}
