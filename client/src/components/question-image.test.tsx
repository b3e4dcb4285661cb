import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionImage } from './question-image';

const IMAGE = {
  src: '/api/question-images/0123456789abcdef0123456789abcdef/960.webp',
  srcSet:
    '/api/question-images/0123456789abcdef0123456789abcdef/480.webp 480w, /api/question-images/0123456789abcdef0123456789abcdef/960.webp 960w',
  alt: 'Toàn cảnh hội trường',
  width: 960,
  height: 640,
};

describe('QuestionImage', () => {
  it('renders the widths as a srcset, with its alt text and its size reserved', () => {
    render(<QuestionImage image={IMAGE} sizes="100vw" />);
    const img = screen.getByRole('img', { name: 'Toàn cảnh hội trường' });
    expect(img).toHaveAttribute('src', IMAGE.src);
    expect(img).toHaveAttribute('srcset', IMAGE.srcSet);
    expect(img).toHaveAttribute('sizes', '100vw');
    expect(img).toHaveAttribute('width', '960');
    expect(img).toHaveAttribute('height', '640');
    expect(img).toHaveAttribute('loading', 'eager');
  });

  it('renders nothing without an image', () => {
    const { container } = render(<QuestionImage image={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
