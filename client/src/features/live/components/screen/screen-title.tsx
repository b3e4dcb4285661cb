/**
 * A game's title on the projector: wraps to two lines in smaller type when long, never cut with
 * an ellipsis (the title is what the hall reads first).
 */
export function ScreenTitle({ title, as: Tag = 'span' }: { title: string; as?: 'span' | 'p' }) {
  return (
    <Tag className="screen__title" data-long={title.length > 48 || undefined}>
      {title}
    </Tag>
  );
}
