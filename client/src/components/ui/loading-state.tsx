import { Loading } from '../loading';

/** A spinner with "Đang tải…" (or `label`), announced politely; the app's one loading look. */
export const LoadingState = Loading;
