// Starts a thread of the opener pool. The hub runs its TypeScript through tsx, whose loader a
// worker thread does not inherit, so the thread registers it before loading its module.
import { register } from 'tsx/esm/api';

register();
await import('./opener-worker.ts');
