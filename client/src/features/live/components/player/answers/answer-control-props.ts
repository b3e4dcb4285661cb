import type { AnswerResponse, LiveQuestionView } from '@thidua/shared';

/** What every answer control of the phone takes: the question, whether it may be used, the answer sent. */
export interface AnswerControlProps<T> {
  question: LiveQuestionView;
  disabled: boolean;
  /** The answer being sent or locked; null while the player is still choosing. */
  chosen: AnswerResponse | null;
  onSubmit: (value: T) => void;
}
