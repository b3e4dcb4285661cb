/**
 * Moved to `utils/campaign-model.ts` (a hooks folder holds hooks only). This re-export
 * stays only while `components/board-page.tsx` (owned by the realtime work) still
 * imports from here; delete it once that import points at `../utils/campaign-model`.
 */
export { formatScore } from '../utils/campaign-model';
