/** Build identity injected by vite.config.ts; shown in staff mode and sent in heartbeats. */
declare const __APP_VERSION__: string;
