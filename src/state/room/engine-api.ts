/**
 * The engine's public API as the store uses it (one import site, so the store's dependency on the
 * engine is visible in one place).
 */
export { annotateSubmit, SYSTEM, trainee, type Actor, type Annotation, type EngineEvent, type Refusal, type SavedSession, type Session, type StatementAnnotator } from '../../engine/index.ts';
export type { Channel } from '../../format/index.ts';
