// A kiosk runs all day in one page: residents follow one another without a reload. This drives
// SESSIONS complete sessions in one page — attract screen, a procedure, a CCCD scanned with the
// camera, every question answered, a document photographed, the dossier sent, "Xong" — and
// measures the page's JS heap after forced garbage collection, once after a few warm-up sessions
// and once after the rest, with the outbox idle both times (every dossier delivered to the hub).
// Whatever the sessions leave reachable shows as growth; a camera left running shows as a live
// track at the end. The tracks are counted by the end-to-end tests' watcher, which holds on to
// every stream the page opens (two a session): a little of the growth is its own.
import { expect, type CDPSession, type Page } from '@playwright/test';
import type { SubmitProcedure } from '../../src/protocol/config/procedure';
import { sampleAnswers } from '../../src/kiosk/wizard/sample-answers';
import { launchWithCamera, writeQrVideo } from '../e2e/support/fake-camera';
import { removeDataDir, startHub } from '../e2e/support/hub';
import { expectAttractScreen, openKiosk, screenHeading, touch } from '../e2e/support/kiosk';
import {
  answerAll,
  beginProcedure,
  box,
  kioskContext,
  liveCameraTracks,
  sendDossier,
  submitProcedures,
  unrevokedBlobUrls,
  waitForDelivery,
  watchCameraAndBlobs,
} from '../e2e/support/wizard-driver';
import { median, type BenchRow } from './report';

const SESSIONS = 100;
/** Sessions before the first measure: the lazy chunks load and the code is compiled. */
const WARM_UP = 5;
const HEAP_BUDGET_MB = 5;

const CARD =
  '001090123456||Nguyễn Văn An|01011990|Nam|Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội|15042021';
/** The shortest procedure with both a person to scan and a page to photograph. */
const PROCEDURE_ID = 'chung-thuc-chu-ky';

interface HeapFigures {
  usedMb: number;
  nodes: number;
  listeners: number;
}

/**
 * The page's JS heap after full garbage collections — V8's heap with the array buffers' bytes
 * (a dossier's photos are copied into those to be sealed), as performance.memory counts it —
 * and its DOM counters.
 */
async function heapAfterGc(cdp: CDPSession): Promise<HeapFigures> {
  // A few rounds: objects freed by one collection (weak maps, finalizers) go in the next.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    usedMb: (usedSize + backingStorageSize) / (1024 * 1024),
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

/** One resident, attract screen to attract screen; resolves with the milliseconds it took. */
async function oneSession(page: Page, procedure: SubmitProcedure, n: number): Promise<number> {
  const started = performance.now();
  await beginProcedure(page, procedure);
  const person = procedure.questions[0]!;
  await touch(page, 'Quét mã QR trên thẻ căn cước');
  await expect(screenHeading(page)).toHaveText('Máy đã đọc được thẻ', { timeout: 15_000 });
  await touch(page, 'Đúng, dùng thông tin này');
  await expect(box(page, person.id, '-name')).toHaveValue('Nguyễn Văn An');
  // The scan answered the person; every other question gets the sample answer.
  const answers = sampleAnswers(procedure);
  delete answers[person.id];
  await answerAll(page, procedure, answers);
  await sendDossier(page, `session ${n}`);
  await touch(page, 'Xong');
  await expectAttractScreen(page);
  return performance.now() - started;
}

/** Heap growth and live camera tracks over SESSIONS sessions in one page; see run.ts. */
export async function measureSessions(): Promise<BenchRow[]> {
  const hub = await startHub();
  const browser = await launchWithCamera({ video: writeQrVideo(CARD) });
  try {
    const context = await kioskContext(browser);
    await watchCameraAndBlobs(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openKiosk(page, hub.url);
    const procedure = submitProcedures().find((p) => p.id === PROCEDURE_ID);
    if (!procedure) throw new Error(`no submit procedure ${PROCEDURE_ID} in kiosk-config`);

    for (let n = 1; n <= WARM_UP; n++) await oneSession(page, procedure, n);
    await waitForDelivery(page, WARM_UP);
    const before = await heapAfterGc(cdp);

    const times: number[] = [];
    const started = performance.now();
    for (let n = 1; n <= SESSIONS; n++) times.push(await oneSession(page, procedure, WARM_UP + n));
    const seconds = (performance.now() - started) / 1000;
    await waitForDelivery(page, WARM_UP + SESSIONS);
    const after = await heapAfterGc(cdp);
    const tracks = await liveCameraTracks(page);
    const blobUrls = (await unrevokedBlobUrls(page)).length;

    return [
      {
        name: `sessions: one complete session, scan and photo (median of ${SESSIONS})`,
        value: median(times),
        unit: 'ms',
        note: `${SESSIONS} sessions in ${seconds.toFixed(0)} s in one page (${PROCEDURE_ID})`,
      },
      {
        name: `sessions: JS heap growth over ${SESSIONS} sessions in one page`,
        value: after.usedMb - before.usedMb,
        unit: 'MB',
        // A size, so a budget CI checks. Unlike the hub's resident memory (a target: it depends
        // on the allocator and the machine), the JS heap after forced garbage collection holds
        // only what the page can still reach, whatever the machine's speed or load. Compiled
        // code still settling after the warm-up takes under 1 MB; more is sessions left behind.
        budget: HEAP_BUDGET_MB,
        note:
          `target ≤ ${HEAP_BUDGET_MB} MB; after ${WARM_UP} warm-up sessions ` +
          `${before.usedMb.toFixed(1)} MB → ${after.usedMb.toFixed(1)} MB; ` +
          `DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`,
      },
      {
        name: `sessions: camera tracks live after ${SESSIONS} sessions`,
        value: tracks,
        unit: 'tracks',
        budget: 0,
        note: `${blobUrls} blob URL(s) not revoked`,
      },
    ];
  } finally {
    await browser.close();
    await hub.stop();
    removeDataDir(hub.dataDir);
  }
}
