import type { Difficulty, QuestionStatus, QuestionType } from '@thidua/shared';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { QuestionsFilterInput } from '../../../generated/graphql';
import { useDebounced } from './use-debounced';

/**
 * The question bank's filters, kept in the address (`?q=…&type=…&page=2`) so a filtered list
 * can be shared and survives a reload. Typed text reaches the address once typing pauses.
 */
export function useQuestionFilters() {
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const search = useDebounced(searchText.trim());
  const [tagText, setTagText] = useState(params.get('tag') ?? '');
  const tag = useDebounced(tagText.trim());
  // The address is typed by hand at worst; the server rejects a value that is not one of these.
  const type = (params.get('type') ?? '') as QuestionType | '';
  const status = (params.get('status') ?? '') as QuestionStatus | '';
  const sectionId = params.get('section') ?? '';
  const difficulty = (params.get('difficulty') ?? '') as Difficulty | '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  /** Sets one parameter (empty removes it); any change but the page's goes back to page 1. */
  function setParam(name: string, value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  // Only the settled text drives this.
  useEffect(() => {
    if ((params.get('q') ?? '') !== search) setParam('q', search);
    if ((params.get('tag') ?? '') !== tag) setParam('tag', tag);
  }, [search, tag]);

  const filter = useMemo<QuestionsFilterInput>(
    () => ({
      ...(search ? { search } : {}),
      ...(tag ? { tag } : {}),
      ...(type ? { type } : {}),
      ...(status ? { status } : {}),
      ...(sectionId ? { sectionId } : {}),
      ...(difficulty ? { difficulty } : {}),
    }),
    [search, tag, type, status, sectionId, difficulty],
  );

  return {
    searchText,
    setSearchText,
    tagText,
    setTagText,
    type,
    status,
    sectionId,
    difficulty,
    page,
    setParam,
    filter,
    filtered: Object.keys(filter).length > 0,
    clear: () => {
      setSearchText('');
      setTagText('');
      setParams(new URLSearchParams(), { replace: true });
    },
  };
}

export type QuestionFilters = ReturnType<typeof useQuestionFilters>;
