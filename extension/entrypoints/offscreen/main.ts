// Chrome only: the offscreen document that holds the engine's workers for the service worker.
import { EnginePool, engineWorkerUrl } from '../../lib/engine-pool.ts';
import { hostEngine } from '../../lib/offscreen-engine.ts';

const pool = new EnginePool(engineWorkerUrl());
pool.prepare();
hostEngine(pool);
