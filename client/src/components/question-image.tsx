import type { QuestionImageView } from '@thidua/shared';
import './question-image.css';

interface QuestionImageProps {
  image: QuestionImageView | null | undefined;
  /** Which width the layout gives it, for the browser to pick from the srcset. */
  sizes?: string;
  className?: string;
}

/**
 * A question's image: WebP widths by srcset, its own width and height so the layout does not
 * jump when it arrives, loaded at once (it is mounted when the question frame arrives, during
 * the reading time, so it is there when the answer window opens).
 */
export function QuestionImage({ image, sizes = '(max-width: 600px) 100vw, 50vw', className }: QuestionImageProps) {
  if (!image) return null;
  return (
    <img
      className={['question-image', className].filter(Boolean).join(' ')}
      data-testid="question-image"
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading="eager"
      decoding="async"
      fetchPriority="high"
    />
  );
}
